import { z } from 'zod';

/** A record id: client-generated, 1–64 characters of [A-Za-z0-9_-] (PROTOCOL.md). */
export const recordIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Ids are 1–64 letters, digits, _ or -');

/** A calendar date as ISO `YYYY-MM-DD`. */
export const isoDateSchema = z.iso.date({ message: 'Use a date like 2027-03-31' });

/** An instant as ISO-8601 UTC with milliseconds, e.g. `2026-11-22T06:33:21.123Z`. */
export const isoDateTimeSchema = z.iso.datetime({ message: 'Use a date and time like 2026-11-22T09:30:00.000Z' });

/** An ISO-4217 currency code. */
export const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'Use a three-letter currency code like USD');

/** Money in integer minor units (cents) — never floats. */
export const minorUnitsSchema = z.number().int('Amounts are whole cents').min(0, 'Amounts cannot be negative');

/** Free text that may be empty. */
export const textSchema = z.string().max(20_000, 'Keep this under 20,000 characters');

/** The soft-delete flag every entity carries. */
export const deletedSchema = z.boolean();

/** A reference to another record, or null when not set. */
export const optionalRefSchema = recordIdSchema.nullable();
