import type { RapportDb } from '../db/db';
import { clientIdOf, writeMeta } from '../db/sync-state';
import { pullAll } from './sync-pull';
import { pushOutbox } from './sync-push';
import { problemFromError, type SyncProblem } from './sync-errors';
import type { SyncTransport } from './transport';

export { clientIdOf } from '../db/sync-state';

/** The outcome of one sync round. */
export type SyncOutcome =
  | { ok: true; pushed: number; pulled: number; conflicts: number; rejected: number; heldForClock: number }
  | { ok: false; problem: SyncProblem };

/** Progress of a round, for the indicator (large first syncs page through many records). */
export type SyncProgress = {
  phase: 'pushing' | 'pulling';
  done: number;
  total?: number;
  /** While pulling: the greatest version received so far (compared with the server's version, how far a first sync has come). */
  reachedVersion?: number;
};

/**
 * One sync round (PROTOCOL.md): push the outbox in order until it is empty, then pull every page
 * of changes. A failed request changes nothing locally and the round reports why; the next round
 * resends, and the server's mutation ids make resends safe.
 */
export async function syncOnce(db: RapportDb, transport: SyncTransport, onProgress: (p: SyncProgress) => void = () => undefined, now: () => number = Date.now): Promise<SyncOutcome> {
  try {
    const pushed = await pushOutbox(db, transport, (done, total) => onProgress({ phase: 'pushing', done, total }), now);
    if (!pushed.ok) return pushed;
    const clientId = await clientIdOf(db);
    const pulled = await pullAll(db, transport, clientId, (page, done) => onProgress({ phase: 'pulling', done, reachedVersion: page.reachedVersion }), now);
    if (typeof pulled !== 'number') return { ok: false, problem: pulled };
    await writeMeta(db, { key: 'lastSyncAt', value: new Date(now()).toISOString() });
    return { ok: true, pushed: pushed.pushed, pulled, conflicts: pushed.conflicts, rejected: pushed.rejected, heldForClock: pushed.heldForClock };
  } catch (error) {
    return { ok: false, problem: problemFromError(error) };
  }
}
