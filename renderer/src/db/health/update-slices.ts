import type { HealthUpdate } from './health-engine';
import type { HealthReply } from './health-messages';

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

/**
 * Gathers the replies of one update in the window: `add` returns the whole update once its last
 * reply arrived (null before), so the store changes once per update, not once per message.
 */
export function createReplyGatherer() {
  let gathering: HealthUpdate | null = null;
  return {
    /** Adds one reply of an update; the complete update when this was its last reply. */
    add(reply: Extract<HealthReply, { type: 'update' }>): HealthUpdate | null {
      const into = gathering ?? { full: reply.full, results: [], removed: [] };
      for (const r of reply.results) into.results.push(r);
      for (const id of reply.removed) into.removed.push(id);
      gathering = reply.more ? into : null;
      return reply.more ? null : into;
    },
    /** Forgets a half-received update (the worker failed). */
    reset(): void { gathering = null; },
  };
}
