import { z } from 'zod';
/** Kinds of customer touch. */
export declare const touchKinds: readonly ["call", "email", "meeting", "note"];
/** A kind of customer touch. */
export type TouchKind = (typeof touchKinds)[number];
/** The synced fields of a touch (a logged interaction on the account timeline). */
export declare const touchFields: {
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
/** A logged interaction with a customer. */
export declare const touchSchema: z.ZodObject<{
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
    id: z.ZodString;
}, z.core.$strip>;
/** A logged interaction with a customer. */
export type Touch = z.infer<typeof touchSchema>;
