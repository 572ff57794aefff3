import { z } from 'zod';
/** Recovery program states. */
export declare const recoveryProgramStatuses: readonly ["active", "completed", "cancelled"];
/** The synced fields of a service-recovery program. */
export declare const recoveryProgramFields: {
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
/** A recovery program for one failure that hit many customers. */
export declare const recoveryProgramSchema: z.ZodObject<{
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
    id: z.ZodString;
}, z.core.$strip>;
/** A recovery program for one failure that hit many customers. */
export type RecoveryProgram = z.infer<typeof recoveryProgramSchema>;
/** Per-account progress through a recovery program. */
export declare const recoveryStages: readonly ["pending", "contacted", "impact_assessed", "remediated", "followed_up"];
/** Outcomes of recovery for one account. */
export declare const recoveryOutcomes: readonly ["retained", "reduced", "churned"];
/** The synced fields of one affected account in a recovery program. */
export declare const recoveryTargetFields: {
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
/** One affected account in a recovery program. */
export declare const recoveryTargetSchema: z.ZodObject<{
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
    id: z.ZodString;
}, z.core.$strip>;
/** One affected account in a recovery program. */
export type RecoveryTarget = z.infer<typeof recoveryTargetSchema>;
