import { z } from 'zod';
import { deletedSchema, isoDateTimeSchema, recordIdSchema, textSchema } from './common';

/** Kinds of business review. */
export const reviewKinds = ['check_in', 'qbr', 'ebr'] as const;
/** Review states. */
export const reviewStatuses = ['planned', 'held', 'cancelled'] as const;

/** The synced fields of a business review. */
export const reviewFields = {
  accountId: recordIdSchema,
  kind: z.enum(reviewKinds),
  title: z.string().trim().min(1, 'Give the review a title').max(300),
  scheduledAt: isoDateTimeSchema,
  status: z.enum(reviewStatuses),
  agenda: textSchema,
  notes: textSchema,
  managerAssessment: z.number().int().min(0).max(100).nullable(),
  followUpSummary: textSchema,
  deleted: deletedSchema,
};

/** A check-in, QBR or EBR with a customer. */
export const reviewSchema = z.object({ id: recordIdSchema, ...reviewFields });
/** A check-in, QBR or EBR with a customer. */
export type Review = z.infer<typeof reviewSchema>;
