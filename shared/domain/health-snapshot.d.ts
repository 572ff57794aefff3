import { z } from 'zod';
/** The synced fields of a daily health snapshot. */
export declare const healthSnapshotFields: {
    accountId: z.ZodString;
    date: z.ZodISODate;
    score: z.ZodNumber;
    components: z.ZodRecord<z.ZodString, z.ZodNumber>;
    deleted: z.ZodBoolean;
};
/** An account's health score on one day, with its components. */
export declare const healthSnapshotSchema: z.ZodObject<{
    accountId: z.ZodString;
    date: z.ZodISODate;
    score: z.ZodNumber;
    components: z.ZodRecord<z.ZodString, z.ZodNumber>;
    deleted: z.ZodBoolean;
    id: z.ZodString;
}, z.core.$strip>;
/** An account's health score on one day, with its components. */
export type HealthSnapshot = z.infer<typeof healthSnapshotSchema>;
