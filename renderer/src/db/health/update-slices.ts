import type { HealthUpdate } from './health-engine';
import type { HealthReply } from './health-messages';
import type { AccountHealth } from './health-summary';

/** How many account summaries cross to the window in one message: receiving 10,000 at once blocked it for a long task. */
export const summariesPerMessage = 250;

/**
 * Cuts an update into replies of at most `size` summaries, so the window receives (structured-clones)
 * them in short tasks; every reply but the last says `more`, and the removed ids travel with the first.
 */
export function updateReplies(update: HealthUpdate, size = summariesPerMessage): HealthReply[] {
  const out: HealthReply[] = [];
  for (let i = 0; i < update.results.length || i === 0; i += size) {
    const more = i + size < update.results.length;
    out.push({ type: 'update', full: update.full, results: update.results.slice(i, i + size), removed: i === 0 ? update.removed : [], more });
  }
  return out;
}

/** A whole update gathered: the scores as they stand after it, and whether it was a full scoring. */
export type GatheredUpdate = { byAccount: Map<string, AccountHealth>; full: boolean };

/**
 * Gathers the replies of one update in the window into the next map of scores, slice by slice as
 * they arrive (the map is built in the replies' own short tasks, not all at once after the last one):
 * a full update starts from nothing, a partial one from `current()` when its first reply arrives.
 * `add` returns the new map once the last reply arrived (null before), so the store changes once per
 * update; removals apply at the end, as they did when the update was whole.
 */
export function createReplyGatherer(current: () => ReadonlyMap<string, AccountHealth>) {
  let next: Map<string, AccountHealth> | null = null;
  let removed: string[] = [];
  let full = false;
  return {
    /** Adds one reply of an update; the new scores when this was its last reply. */
    add(reply: Extract<HealthReply, { type: 'update' }>): GatheredUpdate | null {
      if (next === null) { next = reply.full ? new Map() : new Map(current()); full = reply.full; removed = []; }
      for (const r of reply.results) next.set(r.accountId, r);
      for (const id of reply.removed) removed.push(id);
      if (reply.more) return null;
      for (const id of removed) next.delete(id);
      const done = { byAccount: next, full };
      next = null;
      return done;
    },
    /** Forgets a half-received update (the worker failed). */
    reset(): void { next = null; },
  };
}
