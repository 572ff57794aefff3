import { z } from 'zod';
/** The fields of a server-created conflict record (PROTOCOL.md "Conflict records"). */
export declare const conflictFields: {
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
/** A concurrent value that lost, kept so nobody's edit disappears. */
export declare const conflictSchema: z.ZodObject<{
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
    id: z.ZodString;
}, z.core.$strip>;
/** A concurrent value that lost, kept so nobody's edit disappears. */
export type Conflict = z.infer<typeof conflictSchema>;
/** The only conflict field clients may write. */
export declare const clientWritableConflictFields: readonly ["resolved"];
