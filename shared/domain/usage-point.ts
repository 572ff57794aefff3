import { z } from 'zod';
import { deletedSchema, isoDateSchema, recordIdSchema } from './common';

/** The synced fields of a usage data point (one metric, one account, one day). */
export const usagePointFields = {
  accountId: recordIdSchema,
  date: isoDateSchema,
  metric: z.string().trim().min(1).max(100),
  value: z.number().finite('Usage values are numbers'),
  deleted: deletedSchema,
};

/** One day's value of one product-usage metric for an account. */
export const usagePointSchema = z.object({ id: recordIdSchema, ...usagePointFields });
/** One day's value of one product-usage metric for an account. */
export type UsagePoint = z.infer<typeof usagePointSchema>;
