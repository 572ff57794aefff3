import { z } from 'zod';
/** Stages of an expansion opportunity. */
export declare const expansionStages: readonly ["identified", "qualified", "handed_to_sales", "won", "lost"];
/** The synced fields of an expansion opportunity. */
export declare const expansionOpportunityFields: {
    accountId: z.ZodString;
    title: z.ZodString;
    context: z.ZodString;
    estimatedArrMinor: z.ZodNumber;
    currency: z.ZodString;
    stage: z.ZodEnum<{
        identified: "identified";
        qualified: "qualified";
        handed_to_sales: "handed_to_sales";
        won: "won";
        lost: "lost";
    }>;
    ownerId: z.ZodNullable<z.ZodString>;
    createdAt: z.ZodISODateTime;
    deleted: z.ZodBoolean;
};
/** A chance to grow an account, qualified and handed to sales. */
export declare const expansionOpportunitySchema: z.ZodObject<{
    accountId: z.ZodString;
    title: z.ZodString;
    context: z.ZodString;
    estimatedArrMinor: z.ZodNumber;
    currency: z.ZodString;
    stage: z.ZodEnum<{
        identified: "identified";
        qualified: "qualified";
        handed_to_sales: "handed_to_sales";
        won: "won";
        lost: "lost";
    }>;
    ownerId: z.ZodNullable<z.ZodString>;
    createdAt: z.ZodISODateTime;
    deleted: z.ZodBoolean;
    id: z.ZodString;
}, z.core.$strip>;
/** A chance to grow an account, qualified and handed to sales. */
export type ExpansionOpportunity = z.infer<typeof expansionOpportunitySchema>;
