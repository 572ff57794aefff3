import { errorBodySchema } from '../../../shared/sync/protocol';

/** Why a sync could not finish, in words the user can act on. */
export type SyncProblem =
  | { kind: 'offline'; message: string }
  | { kind: 'unauthorized'; message: string }
  | { kind: 'forbidden'; message: string }
  | { kind: 'clock'; message: string }
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
