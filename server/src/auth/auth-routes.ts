import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database';
import { ApiError, describeIssue } from '../http/api-error';
import { authenticate } from '../http/authenticate';
import { emailKey, findUserByEmail, userFromRow } from '../users/users';
import { loginRequestSchema, type LoginResponse } from '../../../shared/sync/protocol';
import { clearLoginFailures, isLoginThrottled, recordLoginFailure } from './login-throttle';
import { decoyPasswordHash, verifyPassword } from './password';
import { createSession, revokeSession } from './sessions';

/** POST /v1/auth/login and /v1/auth/logout. */
export function registerAuthRoutes(app: FastifyInstance, db: Database, now: () => Date): void {
  app.post('/v1/auth/login', async (request) => {
    const parsed = loginRequestSchema.safeParse(request.body);
    if (!parsed.success) throw new ApiError('bad_request', describeIssue(parsed.error.issues));
    const { email, password } = parsed.data;
    const key = emailKey(email);
    if (await isLoginThrottled(db, key, now())) {
      throw new ApiError('too_many_requests', 'Too many failed logins for this email; wait 15 minutes and try again');
    }
    const user = await findUserByEmail(db, email);
    const ok = await verifyPassword(password, user?.password_hash ?? (await decoyPasswordHash));
    if (!user || !ok) {
      await recordLoginFailure(db, key, now());
      throw new ApiError('unauthorized', 'Wrong email or password');
    }
    await clearLoginFailures(db, key);
    const body: LoginResponse = { token: await createSession(db, user.id, now()), user: userFromRow(user) };
    return body;
  });

  app.post('/v1/auth/logout', { onRequest: authenticate(db, now) }, async (request) => {
    if (request.token) await revokeSession(db, request.token);
    return { ok: true };
  });
}
