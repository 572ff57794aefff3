import { z } from 'zod';
import {
  deletedSchema, isoDateSchema, isoDateTimeSchema, optionalRefSchema, recordIdSchema, textSchema,
} from './common';

/** Who owes a commitment: our side or the customer. */
export const commitmentParties = ['us', 'customer'] as const;
/** Where a commitment was made. */
export const commitmentSources = ['review', 'escalation', 'call', 'manual'] as const;
/** Commitment states. */
export const commitmentStatuses = ['open', 'kept', 'slipped', 'renegotiated', 'cancelled'] as const;
/** A commitment state. */
export type CommitmentStatus = (typeof commitmentStatuses)[number];

/** The synced fields of a commitment. */
export const commitmentFields = {
  accountId: optionalRefSchema,
  title: z.string().trim().min(1, 'Say what was promised').max(500),
  details: textSchema,
  owedBy: z.enum(commitmentParties),
  ownerId: optionalRefSchema,
  toContactId: optionalRefSchema,
  dueDate: isoDateSchema,
  dueTime: z.string().regex(/^\d{2}:\d{2}$/, 'Use a time like 09:30').nullable(),
  sourceKind: z.enum(commitmentSources),
  sourceId: optionalRefSchema,
  status: z.enum(commitmentStatuses),
  renegotiatedReason: z.string().max(1_000),
  customerConfirmed: z.boolean(),
  completedAt: isoDateTimeSchema.nullable(),
  createdAt: isoDateTimeSchema,
  deleted: deletedSchema,
};

/** A promise made to (or by) a customer, tracked to closure. */
export const commitmentSchema = z.object({ id: recordIdSchema, ...commitmentFields });
/** A promise made to (or by) a customer, tracked to closure. */
export type Commitment = z.infer<typeof commitmentSchema>;
