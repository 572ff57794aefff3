import { z } from 'zod';
/** Survey kinds: NPS (0–10) and CSAT (1–5). */
export declare const surveyKinds: readonly ["nps", "csat"];
/** A survey kind. */
export type SurveyKind = (typeof surveyKinds)[number];
/** The synced fields of a survey response. */
export declare const surveyResponseFields: {
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
/** One NPS or CSAT answer from a customer. */
export declare const surveyResponseSchema: z.ZodObject<{
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
    id: z.ZodString;
}, z.core.$strip>;
/** One NPS or CSAT answer from a customer. */
export type SurveyResponse = z.infer<typeof surveyResponseSchema>;
