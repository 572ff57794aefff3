import { z } from 'zod';
/** A record id: client-generated, 1–64 characters of [A-Za-z0-9_-] (PROTOCOL.md). */
export declare const recordIdSchema: z.ZodString;
/** A calendar date as ISO `YYYY-MM-DD`. */
export declare const isoDateSchema: z.ZodISODate;
/** An instant as ISO-8601 UTC with milliseconds, e.g. `2026-11-22T06:33:21.123Z`. */
export declare const isoDateTimeSchema: z.ZodISODateTime;
/** An ISO-4217 currency code. */
export declare const currencySchema: z.ZodString;
/** Money in integer minor units (cents) — never floats. */
export declare const minorUnitsSchema: z.ZodNumber;
/** Free text that may be empty. */
export declare const textSchema: z.ZodString;
/** The soft-delete flag every entity carries. */
export declare const deletedSchema: z.ZodBoolean;
/** A reference to another record, or null when not set. */
export declare const optionalRefSchema: z.ZodNullable<z.ZodString>;
