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

/** Who made one side of a conflict, for the inbox: "you", the member whose login wrote it, or "a teammate" when unknown. */
export function conflictAuthor(
  userId: string | null, myUserId: string, members: readonly { id: string; userId: string | null; name: string }[],
): string {
  if (userId === null) return 'a teammate';
  if (userId === myUserId) return 'you';
  // A user's member record carries their userId (and, written by the server, the same id).
  return members.find((m) => m.userId === userId)?.name ?? members.find((m) => m.id === userId)?.name ?? 'a teammate';
}
