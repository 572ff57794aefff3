import { z } from 'zod';
import { currencySchema, deletedSchema, isoDateSchema, isoDateTimeSchema, optionalRefSchema, recordIdSchema, textSchema } from './common';

/**
 * What happened to an account's contract or stage. Metrics (retention, churn, renewal rate, expansion)
 * need history, not only the latest value, so each change is recorded as an event when it happens.
 */
export const accountEventKinds = ['arr_changed', 'renewed', 'downgraded', 'churned', 'lifecycle_changed'] as const;
/** A kind of account history event. */
export type AccountEventKind = (typeof accountEventKinds)[number];

const arrSchema = z.number().int().min(0).nullable();

/** The synced fields of an account history event. */
export const accountEventFields = {
  accountId: recordIdSchema,
  kind: z.enum(accountEventKinds),
  at: isoDateTimeSchema,
  fromArrMinor: arrSchema,
  toArrMinor: arrSchema,
  currency: currencySchema,
  fromStage: z.string().max(50).nullable(),
  toStage: z.string().max(50).nullable(),
  renewalDate: isoDateSchema.nullable(),
  note: textSchema,
  authorId: optionalRefSchema,
  deleted: deletedSchema,
};

/** A change in an account's contract or lifecycle, kept as history. */
export const accountEventSchema = z.object({ id: recordIdSchema, ...accountEventFields });
/** A change in an account's contract or lifecycle, kept as history. */
export type AccountEvent = z.infer<typeof accountEventSchema>;
