import type { OutboxEntry } from '../db';
import { db } from '../instance';

/** The unsynced edits waiting in the outbox, in push order. */
export function readOutbox(): Promise<OutboxEntry[]> {
  return db.outbox.toArray();
}

/** Calls `listener` whenever an edit enters or leaves the outbox; returns the unsubscribe. */
export function onOutboxChange(listener: () => void): () => void {
  db.outbox.hook('creating', listener);
  db.outbox.hook('deleting', listener);
  return () => {
    db.outbox.hook('creating').unsubscribe(listener);
    db.outbox.hook('deleting').unsubscribe(listener);
  };
}
