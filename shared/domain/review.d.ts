import { z } from 'zod';
/** Kinds of business review. */
export declare const reviewKinds: readonly ["check_in", "qbr", "ebr"];
/** Review states. */
export declare const reviewStatuses: readonly ["planned", "held", "cancelled"];
/** The synced fields of a business review. */
export declare const reviewFields: {
    accountId: z.ZodString;
    kind: z.ZodEnum<{
        check_in: "check_in";
        qbr: "qbr";
        ebr: "ebr";
    }>;
    title: z.ZodString;
    scheduledAt: z.ZodISODateTime;
    status: z.ZodEnum<{
        cancelled: "cancelled";
        planned: "planned";
        held: "held";
    }>;
    agenda: z.ZodString;
    notes: z.ZodString;
    managerAssessment: z.ZodNullable<z.ZodNumber>;
    followUpSummary: z.ZodString;
    deleted: z.ZodBoolean;
};
/** A check-in, QBR or EBR with a customer. */
export declare const reviewSchema: z.ZodObject<{
    accountId: z.ZodString;
    kind: z.ZodEnum<{
        check_in: "check_in";
        qbr: "qbr";
        ebr: "ebr";
    }>;
    title: z.ZodString;
    scheduledAt: z.ZodISODateTime;
    status: z.ZodEnum<{
        cancelled: "cancelled";
        planned: "planned";
        held: "held";
    }>;
    agenda: z.ZodString;
    notes: z.ZodString;
    managerAssessment: z.ZodNullable<z.ZodNumber>;
    followUpSummary: z.ZodString;
    deleted: z.ZodBoolean;
    id: z.ZodString;
}, z.core.$strip>;
/** A check-in, QBR or EBR with a customer. */
export type Review = z.infer<typeof reviewSchema>;
