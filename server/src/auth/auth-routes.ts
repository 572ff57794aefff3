import type { FastifyInstance } from 'fastify';
import { ApiError, describeIssue } from '../http/api-error';
import { authenticate, type AuthContext } from '../http/authenticate';
import { emailKey, findUserByEmail, userFromRow } from '../users/users';
import { loginRequestSchema, type LoginResponse } from '../../../shared/sync/protocol';
import { claimLoginAttempt, loginSucceeded, pruneLoginFailures } from './login-throttle';
import { decoyPasswordHash, verifyPassword } from './password';
import { createSession, revokeSession } from './sessions';

/** How often, at most, a login prunes expired failure counts. */
const pruneEveryMs = 60_000;

/** What the auth routes need besides the database and clock. */
export type AuthRouteDeps = {
  /** Called before every password check (tests count them). */
  onPasswordCheck?: (() => void) | undefined;
  /** Called after a logout, so streams opened with the token end at once. */
  onLogout: (token: string) => void;
};

/** POST /v1/auth/login and /v1/auth/logout. */
export function registerAuthRoutes(app: FastifyInstance, auth: AuthContext, deps: AuthRouteDeps): void {
  const { db, now } = auth;
  let prunedAt = 0;
  app.post('/v1/auth/login', async (request) => {
    const parsed = loginRequestSchema.safeParse(request.body);
    if (!parsed.success) throw new ApiError('bad_request', describeIssue(parsed.error.issues));
    const { email, password } = parsed.data;
    const key = emailKey(email);
    const at = now();
    if (at.getTime() - prunedAt >= pruneEveryMs) {
      prunedAt = at.getTime();
      await pruneLoginFailures(db, at);
    }
    const refused = await claimLoginAttempt(db, key, request.ip, at);
    if (refused === 'email') throw new ApiError('too_many_requests', 'Too many failed logins for this email; wait 15 minutes and try again');
    if (refused === 'address') throw new ApiError('too_many_requests', 'Too many failed logins from your network; wait 15 minutes and try again');
    const user = await findUserByEmail(db, email);
    deps.onPasswordCheck?.();
    const ok = await verifyPassword(password, user?.password_hash ?? (await decoyPasswordHash));
    if (!user || !ok) throw new ApiError('unauthorized', 'Wrong email or password');
    if (!user.active) throw new ApiError('unauthorized', 'This account was deactivated; ask a team admin');
    await loginSucceeded(db, key, request.ip);
    const body: LoginResponse = { token: await createSession(db, user.id, now()), user: userFromRow(user) };
    return body;
  });

  app.post('/v1/auth/logout', { onRequest: authenticate(auth) }, async (request) => {
    if (request.token) {
      await revokeSession(db, request.token);
      auth.sessions.forgetToken(request.token);
      deps.onLogout(request.token);
    }
    return { ok: true };
  });
}
