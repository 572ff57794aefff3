import { z } from 'zod';
/** Stakeholder roles in the buying and using organisation. */
export declare const stakeholderRoles: readonly ["champion", "decision_maker", "influencer", "user", "detractor"];
/** A stakeholder's role. */
export type StakeholderRole = (typeof stakeholderRoles)[number];
/** How a stakeholder feels about us. */
export declare const sentiments: readonly ["positive", "neutral", "negative"];
/** The synced fields of a contact (stakeholder). */
export declare const contactFields: {
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
/** A stakeholder at a customer account. */
export declare const contactSchema: z.ZodObject<{
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
    id: z.ZodString;
}, z.core.$strip>;
/** A stakeholder at a customer account. */
export type Contact = z.infer<typeof contactSchema>;
