// Bulk writes in progress in this window (a pull of many pages, an import): derived data (health
// scores) waits for them to end and recomputes once, instead of re-reading the tables after every
// written slice while the writer is still at work — those reads would compete with the writes for
// the database and the CPU.

let active = 0;
const endListeners = new Set<() => void>();

/** Whether a bulk write is in progress in this window. */
export function bulkWriteActive(): boolean {
  return active > 0;
}

/** Runs `write` as a bulk write: derived data waits until it (and any other running one) has ended, failed or not. */
export async function duringBulkWrite<T>(write: () => Promise<T>): Promise<T> {
  active += 1;
  try {
    return await write();
  } finally {
    active -= 1;
    if (active === 0) for (const listener of [...endListeners]) listener();
  }
}

/** Calls `listener` whenever the last running bulk write ends; returns the function that stops it. */
export function onBulkWriteEnd(listener: () => void): () => void {
  endListeners.add(listener);
  return () => { endListeners.delete(listener); };
}
