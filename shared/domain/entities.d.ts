import type { z } from 'zod';
/** Every synced record type, by its protocol `entity` name, with the zod schema of each field. */
export declare const entityFields: {
    readonly accounts: {
        name: z.ZodString;
        externalId: z.ZodNullable<z.ZodString>;
        segment: z.ZodEnum<{
            smb: "smb";
            mid_market: "mid_market";
            enterprise: "enterprise";
        }>;
        tier: z.ZodEnum<{
            tier_1: "tier_1";
            tier_2: "tier_2";
            tier_3: "tier_3";
        }>;
        arrMinor: z.ZodNumber;
        currency: z.ZodString;
        renewalDate: z.ZodNullable<z.ZodISODate>;
        lifecycleStage: z.ZodEnum<{
            onboarding: "onboarding";
            adopting: "adopting";
            mature: "mature";
            renewing: "renewing";
            at_risk: "at_risk";
            churned: "churned";
        }>;
        ownerId: z.ZodNullable<z.ZodString>;
        industry: z.ZodString;
        tags: z.ZodArray<z.ZodString>;
        createdAt: z.ZodISODateTime;
        deleted: z.ZodBoolean;
    };
    readonly contacts: {
        accountId: z.ZodString;
        name: z.ZodString;
        title: z.ZodString;
        email: z.ZodUnion<readonly [z.ZodLiteral<"">, z.ZodEmail]>;
        phone: z.ZodString;
        role: z.ZodEnum<{
            champion: "champion";
            decision_maker: "decision_maker";
            influencer: "influencer";
            user: "user";
            detractor: "detractor";
        }>;
        sentiment: z.ZodEnum<{
            positive: "positive";
            neutral: "neutral";
            negative: "negative";
        }>;
        lastContactedAt: z.ZodNullable<z.ZodISODateTime>;
        deleted: z.ZodBoolean;
    };
    readonly touches: {
        accountId: z.ZodString;
        contactId: z.ZodNullable<z.ZodString>;
        kind: z.ZodEnum<{
            call: "call";
            email: "email";
            note: "note";
            meeting: "meeting";
        }>;
        summary: z.ZodString;
        details: z.ZodString;
        at: z.ZodISODateTime;
        authorId: z.ZodNullable<z.ZodString>;
        deleted: z.ZodBoolean;
    };
    readonly tickets: {
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
    readonly usagePoints: {
        accountId: z.ZodString;
        date: z.ZodISODate;
        metric: z.ZodString;
        value: z.ZodNumber;
        deleted: z.ZodBoolean;
    };
    readonly surveyResponses: {
        accountId: z.ZodString;
        contactId: z.ZodNullable<z.ZodString>;
        kind: z.ZodEnum<{
            nps: "nps";
            csat: "csat";
        }>;
        score: z.ZodNumber;
        comment: z.ZodString;
        respondedAt: z.ZodISODateTime;
        deleted: z.ZodBoolean;
    };
    readonly commitments: {
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
    readonly escalations: {
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
    readonly escalationEvents: {
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
    readonly reviews: {
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
    readonly healthSnapshots: {
        accountId: z.ZodString;
        date: z.ZodISODate;
        score: z.ZodNumber;
        components: z.ZodRecord<z.ZodString, z.ZodNumber>;
        deleted: z.ZodBoolean;
    };
    readonly recoveryPrograms: {
        title: z.ZodString;
        description: z.ZodString;
        startedAt: z.ZodISODateTime;
        outreachDeadline: z.ZodISODateTime;
        status: z.ZodEnum<{
            cancelled: "cancelled";
            active: "active";
            completed: "completed";
        }>;
        ownerId: z.ZodNullable<z.ZodString>;
        deleted: z.ZodBoolean;
    };
    readonly recoveryTargets: {
        programId: z.ZodString;
        accountId: z.ZodString;
        stage: z.ZodEnum<{
            pending: "pending";
            contacted: "contacted";
            impact_assessed: "impact_assessed";
            remediated: "remediated";
            followed_up: "followed_up";
        }>;
        outcome: z.ZodNullable<z.ZodEnum<{
            churned: "churned";
            retained: "retained";
            reduced: "reduced";
        }>>;
        assigneeId: z.ZodNullable<z.ZodString>;
        contactedAt: z.ZodNullable<z.ZodISODateTime>;
        notes: z.ZodString;
        deleted: z.ZodBoolean;
    };
    readonly expansionOpportunities: {
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
    readonly teamMembers: {
        name: z.ZodString;
        email: z.ZodUnion<readonly [z.ZodLiteral<"">, z.ZodEmail]>;
        role: z.ZodEnum<{
            manager: "manager";
            coordinator: "coordinator";
            specialist: "specialist";
            lead: "lead";
        }>;
        userId: z.ZodNullable<z.ZodString>;
        deleted: z.ZodBoolean;
    };
    readonly conflicts: {
        entity: z.ZodString;
        recordId: z.ZodString;
        field: z.ZodString;
        keptValue: z.ZodUnknown;
        lostValue: z.ZodUnknown;
        keptBy: z.ZodNullable<z.ZodString>;
        lostBy: z.ZodNullable<z.ZodString>;
        keptHlc: z.ZodString;
        lostHlc: z.ZodString;
        at: z.ZodISODateTime;
        resolved: z.ZodBoolean;
        deleted: z.ZodBoolean;
    };
};
/** The name of a synced record type. */
export type EntityName = keyof typeof entityFields;
/** All entity names, in a stable order. */
export declare const entityNames: EntityName[];
/** The record type (id plus fields) of an entity. */
export type EntityRecord<E extends EntityName> = {
    id: string;
} & {
    [F in keyof (typeof entityFields)[E]]: z.infer<(typeof entityFields)[E][F]>;
};
/** Whether a string names a known entity. */
export declare function isEntityName(name: string): name is EntityName;
/** The outcome of checking one field value against its entity's schema. */
export type FieldCheck = {
    ok: true;
    value: unknown;
} | {
    ok: false;
    reason: 'unknown_field' | 'invalid_value';
    message: string;
};
/** Validates one field value of one entity against the shared schema (used by client and server). */
export declare function checkFieldValue(entity: EntityName, field: string, value: unknown): FieldCheck;
