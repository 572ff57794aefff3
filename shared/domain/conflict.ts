import { z } from 'zod';
import { deletedSchema, isoDateTimeSchema, recordIdSchema } from './common';

/** The fields of a server-created conflict record (PROTOCOL.md "Conflict records"). */
export const conflictFields = {
  entity: z.string(),
  recordId: recordIdSchema,
  field: z.string(),
  keptValue: z.unknown(),
  lostValue: z.unknown(),
  keptBy: z.string().nullable(),
  lostBy: z.string().nullable(),
  keptHlc: z.string(),
  lostHlc: z.string(),
  at: isoDateTimeSchema,
  resolved: z.boolean(),
  deleted: deletedSchema,
};

/** A concurrent value that lost, kept so nobody's edit disappears. */
export const conflictSchema = z.object({ id: recordIdSchema, ...conflictFields });
/** A concurrent value that lost, kept so nobody's edit disappears. */
export type Conflict = z.infer<typeof conflictSchema>;

/** The only conflict field clients may write. */
export const clientWritableConflictFields = ['resolved'] as const;
