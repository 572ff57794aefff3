import { z } from 'zod';
/** Customer segments, by size. */
export declare const segments: readonly ["smb", "mid_market", "enterprise"];
/** A customer segment. */
export type Segment = (typeof segments)[number];
/** Service tiers (1 = highest touch). */
export declare const tiers: readonly ["tier_1", "tier_2", "tier_3"];
/** Lifecycle stages of an account. */
export declare const lifecycleStages: readonly ["onboarding", "adopting", "mature", "renewing", "at_risk", "churned"];
/** The synced fields of an account. */
export declare const accountFields: {
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
/** A customer account in the portfolio. */
export declare const accountSchema: z.ZodObject<{
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
    id: z.ZodString;
}, z.core.$strip>;
/** A customer account in the portfolio. */
export type Account = z.infer<typeof accountSchema>;
