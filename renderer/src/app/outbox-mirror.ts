import type { RapportDb } from '../db/db';
import { createFailureReporter, type FailureReporter } from '../lib/error-report';

/** What the user reads when the safety copy cannot be written. */
export const mirrorFailedMessage = 'Could not keep the safety copy of your unsynced changes (tried again at your next change)';

/**
 * Keeps a file copy of the unsynced edits, written `delayMs` after the outbox last changed. A failed
 * write is told once (not at every change while it keeps failing) and tried again at the next change.
 * Returns the function that stops mirroring.
 */
export function startOutboxMirror(db: RapportDb, write: (snapshot: string) => Promise<void>, reporter: FailureReporter = createFailureReporter(mirrorFailedMessage), delayMs = 2000): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const copy = async () => {
    try {
      await write(JSON.stringify(await db.outbox.toArray()));
      reporter.succeeded();
    } catch (error) {
      reporter.failed(error);
    }
  };
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void copy(), delayMs);
  };
  db.outbox.hook('creating', schedule);
  db.outbox.hook('deleting', schedule);
  db.outbox.hook('updating', schedule);
  schedule();
  return () => {
    if (timer) clearTimeout(timer);
    db.outbox.hook('creating').unsubscribe(schedule);
    db.outbox.hook('deleting').unsubscribe(schedule);
    db.outbox.hook('updating').unsubscribe(schedule);
  };
}
