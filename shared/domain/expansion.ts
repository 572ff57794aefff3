import { z } from 'zod';
import {
  currencySchema, deletedSchema, isoDateSchema, isoDateTimeSchema, minorUnitsSchema, optionalRefSchema, recordIdSchema, textSchema,
} from './common';

/** Stages of an expansion opportunity. */
export const expansionStages = ['identified', 'qualified', 'handed_to_sales', 'won', 'lost'] as const;
/** A stage of an expansion opportunity. */
export type ExpansionStage = (typeof expansionStages)[number];
/** What an opportunity would sell: more product, more seats, or a service. */
export const expansionKinds = ['product', 'seats', 'service'] as const;
/** What an opportunity would sell. */
export type ExpansionKind = (typeof expansionKinds)[number];
/** Where the opportunity was flagged. */
export const expansionSources = ['account_page', 'meeting', 'touch'] as const;
/** The four checks a lead needs before it is qualified. */
export const qualificationChecks = ['need', 'value', 'timing', 'champion'] as const;
/** One qualification check. */
export type QualificationCheck = (typeof qualificationChecks)[number];

/** The synced fields of an expansion opportunity. */
export const expansionOpportunityFields = {
  accountId: recordIdSchema,
  title: z.string().trim().min(1, 'Name the opportunity').max(300),
  context: textSchema,
  estimatedArrMinor: minorUnitsSchema,
  currency: currencySchema,
  stage: z.enum(expansionStages),
  ownerId: optionalRefSchema,
  createdAt: isoDateTimeSchema,
  deleted: deletedSchema,
  kind: z.enum(expansionKinds, { message: 'Pick product, seats or service' }),
  /** When the customer expects to decide (the CRM's close date). */
  timing: isoDateSchema.nullable(),
  /** The stakeholder who champions this purchase. */
  championContactId: optionalRefSchema,
  /** Why we think so: usage near limits, a request in a review… */
  evidence: textSchema,
  needConfirmed: z.boolean(),
  valueConfirmed: z.boolean(),
  timingConfirmed: z.boolean(),
  championConfirmed: z.boolean(),
  lostReason: textSchema,
  /** The ARR actually won (0 until won). */
  valueWonMinor: minorUnitsSchema,
  handedOffAt: isoDateTimeSchema.nullable(),
  /** When it was won or lost. */
  closedAt: isoDateTimeSchema.nullable(),
  source: z.enum(expansionSources),
};

/** A chance to grow an account, qualified and handed to sales. */
export const expansionOpportunitySchema = z.object({ id: recordIdSchema, ...expansionOpportunityFields });
/** A chance to grow an account, qualified and handed to sales. */
export type ExpansionOpportunity = z.infer<typeof expansionOpportunitySchema>;
