import type { OutboxEntry, RapportDb } from '../db';
import { db as appDb } from '../instance';
import { expandOutboxEntry } from '../sync-state';

/** The unsynced edits waiting in the outbox, in push order and push shape (whichever shape they are stored in). */
export async function readOutbox(db: RapportDb = appDb): Promise<OutboxEntry[]> {
  return (await db.outbox.toArray()).map(expandOutboxEntry);
}

/** Calls `listener` whenever an edit enters or leaves the outbox; returns the unsubscribe. */
export function onOutboxChange(listener: () => void, db: RapportDb = appDb): () => void {
  db.outbox.hook('creating', listener);
  db.outbox.hook('deleting', listener);
  db.outbox.hook('updating', listener);
  return () => {
    db.outbox.hook('creating').unsubscribe(listener);
    db.outbox.hook('deleting').unsubscribe(listener);
    db.outbox.hook('updating').unsubscribe(listener);
  };
}
