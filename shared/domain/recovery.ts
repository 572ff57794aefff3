import { z } from 'zod';
import {
  currencySchema, deletedSchema, isoDateSchema, isoDateTimeSchema, minorUnitsSchema, optionalRefSchema, recordIdSchema, textSchema,
} from './common';

/** Recovery program states. */
export const recoveryProgramStatuses = ['active', 'completed', 'cancelled'] as const;

/** The synced fields of a service-recovery program. */
export const recoveryProgramFields = {
  title: z.string().trim().min(1, 'Name the program').max(300),
  /** What happened (internal). */
  description: textSchema,
  /** When the incident started. */
  startedAt: isoDateTimeSchema,
  /** Every affected account should be contacted before this instant. */
  outreachDeadline: isoDateTimeSchema,
  status: z.enum(recoveryProgramStatuses),
  ownerId: optionalRefSchema,
  deleted: deletedSchema,
  /** What we tell customers about the incident. */
  customerExplanation: textSchema,
  /** The outreach email, with placeholders like {{account}} (see outreach-draft.ts). */
  outreachTemplate: textSchema,
  /** The follow-up survey invitation, with the same placeholders; '' = the default text (see follow-up-survey-draft.ts). */
  surveyTemplate: textSchema.default(''),
};

/** A recovery program for one failure that hit many customers. */
export const recoveryProgramSchema = z.object({ id: recordIdSchema, ...recoveryProgramFields });
/** A recovery program for one failure that hit many customers. */
export type RecoveryProgram = z.infer<typeof recoveryProgramSchema>;

/** Per-account progress through a recovery program. */
export const recoveryStages = ['pending', 'contacted', 'impact_assessed', 'remediated', 'followed_up'] as const;
/** A stage of one account's recovery track. */
export type RecoveryStage = (typeof recoveryStages)[number];
/** Outcomes of recovery for one account. */
export const recoveryOutcomes = ['retained', 'reduced', 'churned'] as const;
/** The outcome of recovery for one account. */
export type RecoveryOutcome = (typeof recoveryOutcomes)[number];
/** How hard the incident hit one account. */
export const recoveryImpacts = ['none', 'minor', 'major'] as const;
/** How hard the incident hit one account. */
export type RecoveryImpact = (typeof recoveryImpacts)[number];

/** The synced fields of one affected account in a recovery program. */
export const recoveryTargetFields = {
  programId: recordIdSchema,
  accountId: recordIdSchema,
  stage: z.enum(recoveryStages),
  outcome: z.enum(recoveryOutcomes).nullable(),
  assigneeId: optionalRefSchema,
  contactedAt: isoDateTimeSchema.nullable(),
  notes: textSchema,
  deleted: deletedSchema,
  impact: z.enum(recoveryImpacts).nullable(),
  impactNote: textSchema,
  /** A service credit agreed as remediation (0 when none). */
  creditMinor: minorUnitsSchema,
  creditCurrency: currencySchema,
  /** The date a fix was promised for, when one was. */
  fixDate: isoDateSchema.nullable(),
  workaround: textSchema,
  followedUpAt: isoDateTimeSchema.nullable(),
  /** The account's escalation about this incident, when there is one. */
  escalationId: optionalRefSchema,
  /** When the follow-up survey invitation was sent (null: not yet); answers count from then. */
  surveyRequestedAt: isoDateTimeSchema.nullable().default(null),
};

/** One affected account in a recovery program. */
export const recoveryTargetSchema = z.object({ id: recordIdSchema, ...recoveryTargetFields });
/** One affected account in a recovery program. */
export type RecoveryTarget = z.infer<typeof recoveryTargetSchema>;
