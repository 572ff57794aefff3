import { errorBodySchema } from '../../../shared/sync/protocol';
import { describeStorageError } from '../lib/storage-error';

/** Why a sync could not finish, in words the user can act on. */
export type SyncProblem =
  | { kind: 'offline'; message: string }
  | { kind: 'unauthorized'; message: string }
  | { kind: 'forbidden'; message: string }
  | { kind: 'clock'; message: string }
  | { kind: 'storage'; message: string }
  | { kind: 'server'; message: string };

/** Turns a failed answer into a problem the user can act on. */
export function problemFromResponse(status: number, body: unknown): SyncProblem {
  const parsed = errorBodySchema.safeParse(body);
  const serverMessage = parsed.success ? parsed.data.error.message : `status ${status}`;
  if (status === 401) return { kind: 'unauthorized', message: 'Sign in again: the server no longer accepts this session.' };
  if (status === 403) return { kind: 'forbidden', message: `The server refused: ${serverMessage}` };
  if (status === 429) return { kind: 'server', message: 'The server asks to slow down; retrying shortly.' };
  return { kind: 'server', message: `The server could not sync (${serverMessage}); retrying.` };
}

/**
 * Turns an error thrown during a round into a problem: a full or closed local database is told as
 * such (nothing is wrong with the server); anything else means the server could not be reached.
 */
export function problemFromError(error: unknown): SyncProblem {
  const storage = describeStorageError(error);
  if (storage) return { kind: 'storage', message: `Sync paused: ${storage.message}` };
  return { kind: 'offline', message: `The server cannot be reached (${error instanceof Error ? error.message : String(error)}).` };
}
