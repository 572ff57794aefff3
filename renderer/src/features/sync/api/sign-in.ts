import { loginResponseSchema, errorBodySchema } from '../../../../../shared/sync/protocol';
import { bridge } from '../../../lib/bridge';
import { activeDatabaseName, databaseNameFor, forgetSession, readSession, setActiveDatabaseName, writeSession } from '../../../lib/server-session';

const bindingKey = (dbName: string) => `rapport.binding.${dbName}`;

/** The outcome of signing in: done (maybe needing a reload into the team's own database) or why not. */
export type SignInResult = { ok: true; reload: boolean; firstJoin: boolean } | { ok: false; message: string };

/**
 * Signs in to a team server. The local database joins the first team it is signed in to (its
 * records are then pushed into that team, never discarded); another server or team gets a
 * database of its own, so data of two teams never mixes.
 */
export async function signIn(url: string, email: string, password: string): Promise<SignInResult> {
  const base = url.trim().replace(/\/+$/, '');
  let response: { status: number; body: unknown };
  try {
    response = await bridge.server.request({ baseUrl: base, method: 'POST', path: '/v1/auth/login', body: { email, password } });
  } catch {
    return { ok: false, message: `Cannot reach ${base}. Check the address and your network.` };
  }
  const { status, body } = response;
  if (status === 401) return { ok: false, message: 'Wrong email or password.' };
  if (status === 429) return { ok: false, message: 'Too many failed attempts: wait 15 minutes, then try again.' };
  if (status !== 200) {
    const error = errorBodySchema.safeParse(body);
    return { ok: false, message: error.success ? error.data.error.message : `The server answered ${status}.` };
  }
  const login = loginResponseSchema.safeParse(body);
  if (!login.success) return { ok: false, message: 'That address does not answer like a Rapport server.' };
  const { token, user } = login.data;
  await bridge.server.setToken({ token, baseUrl: base });
  writeSession({ url: base, userId: user.id, email: user.email, name: user.name, teamId: user.teamId, role: user.role });
  const team = `${base}#${user.teamId}`;
  const current = activeDatabaseName();
  const boundTo = localStorage.getItem(bindingKey(current));
  if (boundTo === null || boundTo === team) {
    localStorage.setItem(bindingKey(current), team);
    return { ok: true, reload: false, firstJoin: boundTo === null };
  }
  const own = databaseNameFor(base, user.teamId);
  localStorage.setItem(bindingKey(own), team);
  setActiveDatabaseName(own);
  return { ok: true, reload: true, firstJoin: false };
}

/** Signs out: the token is revoked and forgotten; the data stays on this device. */
export async function signOut(): Promise<void> {
  const session = readSession();
  if (session) await bridge.server.request({ baseUrl: session.url, method: 'POST', path: '/v1/auth/logout' }).catch(() => undefined);
  await bridge.server.setToken(null);
  forgetSession();
}
