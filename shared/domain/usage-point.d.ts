import { z } from 'zod';
/** The synced fields of a usage data point (one metric, one account, one day). */
export declare const usagePointFields: {
    accountId: z.ZodString;
    date: z.ZodISODate;
    metric: z.ZodString;
    value: z.ZodNumber;
    deleted: z.ZodBoolean;
};
/** One day's value of one product-usage metric for an account. */
export declare const usagePointSchema: z.ZodObject<{
    accountId: z.ZodString;
    date: z.ZodISODate;
    metric: z.ZodString;
    value: z.ZodNumber;
    deleted: z.ZodBoolean;
    id: z.ZodString;
}, z.core.$strip>;
/** One day's value of one product-usage metric for an account. */
export type UsagePoint = z.infer<typeof usagePointSchema>;
