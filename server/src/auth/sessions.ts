import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../db/database';
import { userFromRow, type UserRow } from '../users/users';
import type { User } from '../../../shared/sync/protocol';

/** How long a token stays valid. */
export const sessionLifetimeMs = 90 * 24 * 60 * 60 * 1000;

/** Tokens are stored only as their SHA-256, so a database leak reveals no usable token. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Issues a new opaque bearer token for a user. */
export async function createSession(db: Queryable, userId: string, now: Date): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.query('INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, $3)', [
    tokenHash(token), userId, new Date(now.getTime() + sessionLifetimeMs),
  ]);
  return token;
}

/** The user a token belongs to and when its session expires, or null when it is unknown, revoked or expired. */
export async function findSession(db: Queryable, token: string, now: Date): Promise<{ user: User; expiresAt: Date } | null> {
  const rows = await db.query<UserRow & { expires_at: Date | string }>(
    `SELECT u.id, u.email, u.name, u.team_id, u.role, u.active, s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.active`,
    [tokenHash(token), now],
  );
  const row = rows[0];
  return row ? { user: userFromRow(row), expiresAt: new Date(row.expires_at) } : null;
}

/** Revokes a token (logout). */
export async function revokeSession(db: Queryable, token: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash(token)]);
}

/** Which of these tokens still belong to an active user and have not expired or been revoked (one statement). */
export async function liveTokens(db: Queryable, tokens: readonly string[], now: Date): Promise<Set<string>> {
  if (tokens.length === 0) return new Set();
  const byHash = new Map(tokens.map((t) => [tokenHash(t), t]));
  const rows = await db.query<{ token_hash: string }>(
    `SELECT s.token_hash FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.token_hash = ANY($1::text[]) AND s.expires_at > $2 AND u.active`,
    [[...byHash.keys()], now],
  );
  return new Set(rows.flatMap((r) => { const t = byHash.get(r.token_hash); return t ? [t] : []; }));
}
