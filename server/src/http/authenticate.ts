import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SessionCache } from '../auth/session-cache';
import { findSession } from '../auth/sessions';
import type { Database } from '../db/database';
import type { Role, User } from '../../../shared/sync/protocol';
import { ApiError } from './api-error';

declare module 'fastify' {
  interface FastifyRequest {
    /** The authenticated user, set by the authenticate hook. */
    user: User | null;
    /** The bearer token of the request, set by the authenticate hook. */
    token: string | null;
  }
}

/** The authenticated user of a request that passed the authenticate hook. */
export function currentUser(request: FastifyRequest): User {
  if (!request.user) throw new ApiError('unauthorized', 'Log in first');
  return request.user;
}

/** What the authenticate hook needs: the database, the clock and the cache of recently seen sessions. */
export type AuthContext = { db: Database; now: () => Date; sessions: SessionCache };

/** An onRequest hook that requires a valid bearer token and, when given, one of `roles`. */
export function authenticate({ db, now, sessions }: AuthContext, roles?: readonly Role[]) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    const match = /^Bearer\s+([A-Za-z0-9_-]{1,200})\s*$/i.exec(request.headers.authorization ?? '');
    const token = match?.[1];
    if (!token) throw new ApiError('unauthorized', 'Send "Authorization: Bearer <token>"; log in to get a token');
    const at = now();
    let user = sessions.get(token, at) ?? null;
    if (!user) {
      const found = await findSession(db, token, at);
      if (found) sessions.set(token, found.user, found.expiresAt, at);
      user = found?.user ?? null;
    }
    if (!user) throw new ApiError('unauthorized', 'Your session has expired or was ended; log in again');
    if (roles && !roles.includes(user.role)) {
      throw new ApiError('forbidden', `Your role (${user.role}) does not allow this; ask a team admin`);
    }
    request.user = user;
    request.token = token;
  };
}
