import { z } from 'zod';
import { deletedSchema, isoDateSchema, recordIdSchema } from './common';

/** The synced fields of a daily health snapshot. */
export const healthSnapshotFields = {
  accountId: recordIdSchema,
  date: isoDateSchema,
  score: z.number().min(0).max(100),
  components: z.record(z.string(), z.number()),
  deleted: deletedSchema,
};

/** An account's health score on one day, with its components. */
export const healthSnapshotSchema = z.object({ id: recordIdSchema, ...healthSnapshotFields });
/** An account's health score on one day, with its components. */
export type HealthSnapshot = z.infer<typeof healthSnapshotSchema>;
