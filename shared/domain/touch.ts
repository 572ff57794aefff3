import { z } from 'zod';
import { deletedSchema, isoDateTimeSchema, optionalRefSchema, recordIdSchema, textSchema } from './common';

/** Kinds of customer touch. */
export const touchKinds = ['call', 'email', 'meeting', 'note'] as const;
/** A kind of customer touch. */
export type TouchKind = (typeof touchKinds)[number];

/** The synced fields of a touch (a logged interaction on the account timeline). */
export const touchFields = {
  accountId: recordIdSchema,
  contactId: optionalRefSchema,
  kind: z.enum(touchKinds),
  summary: z.string().trim().min(1, 'Say what happened').max(2_000),
  details: textSchema,
  at: isoDateTimeSchema,
  authorId: optionalRefSchema,
  deleted: deletedSchema,
};

/** A logged interaction with a customer. */
export const touchSchema = z.object({ id: recordIdSchema, ...touchFields });
/** A logged interaction with a customer. */
export type Touch = z.infer<typeof touchSchema>;
