import { z } from 'zod';
/** Support ticket states. */
export declare const ticketStatuses: readonly ["open", "pending", "solved", "closed"];
/** Support ticket priorities. */
export declare const ticketPriorities: readonly ["low", "normal", "high", "urgent"];
/** The synced fields of a support ticket. */
export declare const ticketFields: {
    accountId: z.ZodString;
    externalId: z.ZodNullable<z.ZodString>;
    subject: z.ZodString;
    category: z.ZodString;
    status: z.ZodEnum<{
        open: "open";
        closed: "closed";
        pending: "pending";
        solved: "solved";
    }>;
    priority: z.ZodEnum<{
        low: "low";
        normal: "normal";
        high: "high";
        urgent: "urgent";
    }>;
    openedAt: z.ZodISODateTime;
    resolvedAt: z.ZodNullable<z.ZodISODateTime>;
    deleted: z.ZodBoolean;
};
/** A support ticket raised by a customer. */
export declare const ticketSchema: z.ZodObject<{
    accountId: z.ZodString;
    externalId: z.ZodNullable<z.ZodString>;
    subject: z.ZodString;
    category: z.ZodString;
    status: z.ZodEnum<{
        open: "open";
        closed: "closed";
        pending: "pending";
        solved: "solved";
    }>;
    priority: z.ZodEnum<{
        low: "low";
        normal: "normal";
        high: "high";
        urgent: "urgent";
    }>;
    openedAt: z.ZodISODateTime;
    resolvedAt: z.ZodNullable<z.ZodISODateTime>;
    deleted: z.ZodBoolean;
    id: z.ZodString;
}, z.core.$strip>;
/** A support ticket raised by a customer. */
export type Ticket = z.infer<typeof ticketSchema>;
