import { z } from 'zod';
import { deletedSchema, isoDateTimeSchema, optionalRefSchema, recordIdSchema, textSchema } from './common';

/** Recovery program states. */
export const recoveryProgramStatuses = ['active', 'completed', 'cancelled'] as const;

/** The synced fields of a service-recovery program. */
export const recoveryProgramFields = {
  title: z.string().trim().min(1, 'Name the program').max(300),
  description: textSchema,
  startedAt: isoDateTimeSchema,
  outreachDeadline: isoDateTimeSchema,
  status: z.enum(recoveryProgramStatuses),
  ownerId: optionalRefSchema,
  deleted: deletedSchema,
};

/** A recovery program for one failure that hit many customers. */
export const recoveryProgramSchema = z.object({ id: recordIdSchema, ...recoveryProgramFields });
/** A recovery program for one failure that hit many customers. */
export type RecoveryProgram = z.infer<typeof recoveryProgramSchema>;

/** Per-account progress through a recovery program. */
export const recoveryStages = ['pending', 'contacted', 'impact_assessed', 'remediated', 'followed_up'] as const;
/** Outcomes of recovery for one account. */
export const recoveryOutcomes = ['retained', 'reduced', 'churned'] as const;

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
};

/** One affected account in a recovery program. */
export const recoveryTargetSchema = z.object({ id: recordIdSchema, ...recoveryTargetFields });
/** One affected account in a recovery program. */
export type RecoveryTarget = z.infer<typeof recoveryTargetSchema>;
