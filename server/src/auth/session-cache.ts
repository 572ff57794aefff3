import type { User } from '../../../shared/sync/protocol';

type Entry = { user: User; until: number };

/**
 * Remembers for a few seconds which user a bearer token belongs to, so a client that pushes and
 * pulls in quick succession is not looked up in the database on every request. An entry never
 * outlives its session, and it is dropped at once when this process ends the session (logout) or
 * changes the user (deactivation, new access). Another server process sharing the database learns
 * of such a change within `ttlMs` at the latest.
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly ttlMs = 5_000, private readonly maxEntries = 10_000) {}

  /** The user of `token` when it was looked up less than `ttlMs` ago and its session has not expired. */
  get(token: string, at: Date): User | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (entry.until <= at.getTime()) { this.entries.delete(token); return undefined; }
    return entry.user;
  }

  /** Remembers the user of `token` until `ttlMs` from `at`, or until the session expires if sooner. */
  set(token: string, user: User, sessionExpiresAt: Date, at: Date): void {
    if (this.ttlMs <= 0) return;
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(token, { user, until: Math.min(at.getTime() + this.ttlMs, sessionExpiresAt.getTime()) });
  }

  /** Forgets one token (after a logout). */
  forgetToken(token: string): void {
    this.entries.delete(token);
  }

  /** Forgets every token of a user (after the user was deactivated or their access changed). */
  forgetUser(userId: string): void {
    for (const [token, entry] of this.entries) if (entry.user.id === userId) this.entries.delete(token);
  }
}
