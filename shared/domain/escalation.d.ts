import { z } from 'zod';
/** Escalation severities, S1 the most severe. */
export declare const severities: readonly ["S1", "S2", "S3", "S4"];
/** An escalation severity. */
export type Severity = (typeof severities)[number];
/** Departments that can be involved in an escalation. */
export declare const departments: readonly ["support", "billing", "product", "engineering", "operations"];
/** A department. */
export type Department = (typeof departments)[number];
/** Escalation status stages. */
export declare const escalationStatuses: readonly ["open", "investigating", "waiting_on_customer", "waiting_on_internal", "resolved", "closed"];
/** An escalation status. */
export type EscalationStatus = (typeof escalationStatuses)[number];
/** The synced fields of an escalation. */
export declare const escalationFields: {
    accountId: z.ZodString;
    title: z.ZodString;
    description: z.ZodString;
    severity: z.ZodEnum<{
        S1: "S1";
        S2: "S2";
        S3: "S3";
        S4: "S4";
    }>;
    departments: z.ZodArray<z.ZodEnum<{
        support: "support";
        billing: "billing";
        product: "product";
        engineering: "engineering";
        operations: "operations";
    }>>;
    ownerId: z.ZodNullable<z.ZodString>;
    openedAt: z.ZodISODateTime;
    targetResolutionDate: z.ZodNullable<z.ZodISODate>;
    status: z.ZodEnum<{
        open: "open";
        resolved: "resolved";
        investigating: "investigating";
        waiting_on_customer: "waiting_on_customer";
        waiting_on_internal: "waiting_on_internal";
        closed: "closed";
    }>;
    rootCause: z.ZodString;
    resolution: z.ZodString;
    resolvedAt: z.ZodNullable<z.ZodISODateTime>;
    deleted: z.ZodBoolean;
};
/** A customer issue owned to resolution. */
export declare const escalationSchema: z.ZodObject<{
    accountId: z.ZodString;
    title: z.ZodString;
    description: z.ZodString;
    severity: z.ZodEnum<{
        S1: "S1";
        S2: "S2";
        S3: "S3";
        S4: "S4";
    }>;
    departments: z.ZodArray<z.ZodEnum<{
        support: "support";
        billing: "billing";
        product: "product";
        engineering: "engineering";
        operations: "operations";
    }>>;
    ownerId: z.ZodNullable<z.ZodString>;
    openedAt: z.ZodISODateTime;
    targetResolutionDate: z.ZodNullable<z.ZodISODate>;
    status: z.ZodEnum<{
        open: "open";
        resolved: "resolved";
        investigating: "investigating";
        waiting_on_customer: "waiting_on_customer";
        waiting_on_internal: "waiting_on_internal";
        closed: "closed";
    }>;
    rootCause: z.ZodString;
    resolution: z.ZodString;
    resolvedAt: z.ZodNullable<z.ZodISODateTime>;
    deleted: z.ZodBoolean;
    id: z.ZodString;
}, z.core.$strip>;
/** A customer issue owned to resolution. */
export type Escalation = z.infer<typeof escalationSchema>;
/** Kinds of entries on an escalation's timeline. */
export declare const escalationEventKinds: readonly ["customer_update", "internal_action", "status_change", "note"];
/** The synced fields of an escalation timeline entry. */
export declare const escalationEventFields: {
    escalationId: z.ZodString;
    accountId: z.ZodString;
    kind: z.ZodEnum<{
        customer_update: "customer_update";
        internal_action: "internal_action";
        status_change: "status_change";
        note: "note";
    }>;
    department: z.ZodNullable<z.ZodEnum<{
        support: "support";
        billing: "billing";
        product: "product";
        engineering: "engineering";
        operations: "operations";
    }>>;
    body: z.ZodString;
    fromStatus: z.ZodNullable<z.ZodEnum<{
        open: "open";
        resolved: "resolved";
        investigating: "investigating";
        waiting_on_customer: "waiting_on_customer";
        waiting_on_internal: "waiting_on_internal";
        closed: "closed";
    }>>;
    toStatus: z.ZodNullable<z.ZodEnum<{
        open: "open";
        resolved: "resolved";
        investigating: "investigating";
        waiting_on_customer: "waiting_on_customer";
        waiting_on_internal: "waiting_on_internal";
        closed: "closed";
    }>>;
    at: z.ZodISODateTime;
    authorId: z.ZodNullable<z.ZodString>;
    deleted: z.ZodBoolean;
};
/** One timestamped entry on an escalation's timeline. */
export declare const escalationEventSchema: z.ZodObject<{
    escalationId: z.ZodString;
    accountId: z.ZodString;
    kind: z.ZodEnum<{
        customer_update: "customer_update";
        internal_action: "internal_action";
        status_change: "status_change";
        note: "note";
    }>;
    department: z.ZodNullable<z.ZodEnum<{
        support: "support";
        billing: "billing";
        product: "product";
        engineering: "engineering";
        operations: "operations";
    }>>;
    body: z.ZodString;
    fromStatus: z.ZodNullable<z.ZodEnum<{
        open: "open";
        resolved: "resolved";
        investigating: "investigating";
        waiting_on_customer: "waiting_on_customer";
        waiting_on_internal: "waiting_on_internal";
        closed: "closed";
    }>>;
    toStatus: z.ZodNullable<z.ZodEnum<{
        open: "open";
        resolved: "resolved";
        investigating: "investigating";
        waiting_on_customer: "waiting_on_customer";
        waiting_on_internal: "waiting_on_internal";
        closed: "closed";
    }>>;
    at: z.ZodISODateTime;
    authorId: z.ZodNullable<z.ZodString>;
    deleted: z.ZodBoolean;
    id: z.ZodString;
}, z.core.$strip>;
/** One timestamped entry on an escalation's timeline. */
export type EscalationEvent = z.infer<typeof escalationEventSchema>;
