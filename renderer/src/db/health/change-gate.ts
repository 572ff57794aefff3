/** Accounts whose health may have changed: some ids, or all of them. */
export type ChangedAccounts = string[] | 'all';

/** The gate's surroundings: how to send the merged change, whether a bulk write runs, and a timer. */
export type ChangeGateDeps = {
  send: (changed: ChangedAccounts) => void;
  bulkWriteActive: () => boolean;
  setTimer: (run: () => void, ms: number) => unknown;
  clearTimer: (timer: unknown) => void;
  /** How long changes are collected before they are sent. */
  collectMs: number;
};

/**
 * Decides when the window tells the health worker about changed accounts: changes are collected
 * for `collectMs` and merged, and held (still merged) while the worker has not answered the
 * previous request or while a bulk write runs — so a busy worker never gets a queue of full
 * re-reads, and a long pull or import is followed by one re-read instead of one per slice.
 */
export function createChangeGate(deps: ChangeGateDeps) {
  let pending: Set<string> | 'all' | null = null;
  let unanswered = 0;
  let timer: unknown = null;
  const flush = () => {
    timer = null;
    if (pending === null || unanswered > 0 || deps.bulkWriteActive()) return;
    const changed = pending === 'all' ? 'all' : [...pending];
    pending = null;
    unanswered += 1;
    deps.send(changed);
  };
  const soon = (ms: number) => { timer ??= deps.setTimer(flush, ms); };
  return {
    /** Some accounts changed. */
    changed(ids: ChangedAccounts): void {
      if (ids === 'all' || pending === 'all') pending = 'all';
      else { pending ??= new Set(); for (const id of ids) pending.add(id); }
      soon(deps.collectMs);
    },
    /** Another request went to the worker (its answer is awaited like a change's). */
    sentOther(): void { unanswered += 1; },
    /** The worker answered one request (an update or an error). */
    answered(): void {
      unanswered = Math.max(0, unanswered - 1);
      if (unanswered === 0 && pending !== null) soon(0);
    },
    /** The worker failed as a whole: no answer will come for what was sent. */
    reset(): void { unanswered = 0; },
    /** The last bulk write ended: send what was held. */
    bulkWriteEnded(): void { if (pending !== null) soon(0); },
    /** Stops the timer. */
    stop(): void { if (timer !== null) deps.clearTimer(timer); timer = null; },
  };
}
