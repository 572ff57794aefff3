import type { ServerResponse } from 'node:http';

/** Event streams one user may hold open at once; opening another closes their oldest (PROTOCOL.md 1.1). */
export const maxStreamsPerUser = 5;

type Stream = { res: ServerResponse; userId: string; token: string };

/**
 * The change streams this process holds open, by user, so that the oldest is closed past the limit
 * and a stream ends with its session (logout, expiry, deactivation).
 */
export class OpenStreams {
  private readonly byUser = new Map<string, Stream[]>();

  /** Adds a stream, closing the user's oldest ones beyond the limit; it is forgotten when it closes. */
  add(res: ServerResponse, userId: string, token: string): void {
    const list = this.byUser.get(userId) ?? [];
    this.byUser.set(userId, list);
    const stream = { res, userId, token };
    list.push(stream);
    res.on('close', () => this.forget(stream));
    while (list.length > maxStreamsPerUser) list.shift()?.res.end();
  }

  /** Every open stream. */
  all(): Stream[] {
    return [...this.byUser.values()].flat();
  }

  /** Ends the streams opened with a token. */
  endToken(token: string): void {
    for (const s of this.all()) if (s.token === token) s.res.end();
  }

  /** Ends every stream of a user. */
  endUser(userId: string): void {
    for (const s of this.byUser.get(userId) ?? []) s.res.end();
  }

  /** Ends every stream (shutdown). */
  endAll(): void {
    for (const s of this.all()) s.res.end();
  }

  private forget(stream: Stream): void {
    const list = this.byUser.get(stream.userId);
    if (!list) return;
    const i = list.indexOf(stream);
    if (i >= 0) list.splice(i, 1);
    if (list.length === 0) this.byUser.delete(stream.userId);
  }
}
