import { createUserResponseSchema, errorBodySchema } from '../../../../../shared/sync/protocol';
import type { TeamAccess } from '../../../../../shared/domain/team-member';
import { bridge } from '../../../lib/bridge';
import { readSession } from '../../../lib/server-session';

/** The outcome of an admin action on the team server: done, or why not in the user's words. */
export type AdminResult = { ok: true } | { ok: false; message: string };

async function call(method: 'POST' | 'PATCH', path: string, body: unknown): Promise<{ status: number; body: unknown } | AdminResult> {
  const session = readSession();
  if (!session) return { ok: false, message: 'Sign in to your team server first (Settings → Team server).' };
  try {
    return await bridge.server.request({ baseUrl: session.url, method, path, body });
  } catch {
    return { ok: false, message: `Cannot reach ${session.url}. Check your network and try again.` };
  }
}

function failure(status: number, body: unknown): AdminResult {
  if (status === 401) return { ok: false, message: 'Your session has ended: sign in again in Settings.' };
  if (status === 403) return { ok: false, message: 'Only team admins can add or deactivate users.' };
  const error = errorBodySchema.safeParse(body);
  return { ok: false, message: error.success ? error.data.error.message : `The server answered ${status}.` };
}

/** Adds a user with a temporary password to the admin's team; the server writes their member record. */
export async function addServerUser(input: { email: string; name: string; password: string; access: TeamAccess }): Promise<AdminResult> {
  const answer = await call('POST', '/v1/admin/users', { email: input.email, name: input.name, password: input.password, role: input.access });
  if ('ok' in answer) return answer;
  if (answer.status === 201 || answer.status === 200) {
    return createUserResponseSchema.safeParse(answer.body).success ? { ok: true } : { ok: false, message: 'The server answered in an unexpected way.' };
  }
  return failure(answer.status, answer.body);
}

/** Renames a user, changes their access or (de)activates them (PATCH /v1/admin/users/:id). */
export async function changeServerUser(userId: string, patch: { name?: string; access?: TeamAccess; active?: boolean }): Promise<AdminResult> {
  const body: Record<string, unknown> = {};
  if (patch.name !== undefined) body.name = patch.name;
  if (patch.access !== undefined) body.access = patch.access;
  if (patch.active !== undefined) body.active = patch.active;
  const answer = await call('PATCH', `/v1/admin/users/${encodeURIComponent(userId)}`, body);
  if ('ok' in answer) return answer;
  return answer.status === 200 ? { ok: true } : failure(answer.status, answer.body);
}
