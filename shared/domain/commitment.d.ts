import { z } from 'zod';
/** Who owes a commitment: our side or the customer. */
export declare const commitmentParties: readonly ["us", "customer"];
/** Where a commitment was made. */
export declare const commitmentSources: readonly ["review", "escalation", "call", "manual"];
/** Commitment states. */
export declare const commitmentStatuses: readonly ["open", "kept", "slipped", "renegotiated", "cancelled"];
/** A commitment state. */
export type CommitmentStatus = (typeof commitmentStatuses)[number];
/** The synced fields of a commitment. */
export declare const commitmentFields: {
    accountId: z.ZodNullable<z.ZodString>;
    title: z.ZodString;
    details: z.ZodString;
    owedBy: z.ZodEnum<{
        us: "us";
        customer: "customer";
    }>;
    ownerId: z.ZodNullable<z.ZodString>;
    toContactId: z.ZodNullable<z.ZodString>;
    dueDate: z.ZodISODate;
    dueTime: z.ZodNullable<z.ZodString>;
    sourceKind: z.ZodEnum<{
        review: "review";
        escalation: "escalation";
        call: "call";
        manual: "manual";
    }>;
    sourceId: z.ZodNullable<z.ZodString>;
    status: z.ZodEnum<{
        open: "open";
        kept: "kept";
        slipped: "slipped";
        renegotiated: "renegotiated";
        cancelled: "cancelled";
    }>;
    renegotiatedReason: z.ZodString;
    customerConfirmed: z.ZodBoolean;
    completedAt: z.ZodNullable<z.ZodISODateTime>;
    createdAt: z.ZodISODateTime;
    deleted: z.ZodBoolean;
};
/** A promise made to (or by) a customer, tracked to closure. */
export declare const commitmentSchema: z.ZodObject<{
    accountId: z.ZodNullable<z.ZodString>;
    title: z.ZodString;
    details: z.ZodString;
    owedBy: z.ZodEnum<{
        us: "us";
        customer: "customer";
    }>;
    ownerId: z.ZodNullable<z.ZodString>;
    toContactId: z.ZodNullable<z.ZodString>;
    dueDate: z.ZodISODate;
    dueTime: z.ZodNullable<z.ZodString>;
    sourceKind: z.ZodEnum<{
        review: "review";
        escalation: "escalation";
        call: "call";
        manual: "manual";
    }>;
    sourceId: z.ZodNullable<z.ZodString>;
    status: z.ZodEnum<{
        open: "open";
        kept: "kept";
        slipped: "slipped";
        renegotiated: "renegotiated";
        cancelled: "cancelled";
    }>;
    renegotiatedReason: z.ZodString;
    customerConfirmed: z.ZodBoolean;
    completedAt: z.ZodNullable<z.ZodISODateTime>;
    createdAt: z.ZodISODateTime;
    deleted: z.ZodBoolean;
    id: z.ZodString;
}, z.core.$strip>;
/** A promise made to (or by) a customer, tracked to closure. */
export type Commitment = z.infer<typeof commitmentSchema>;
