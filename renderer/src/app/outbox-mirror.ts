import { createFailureReporter, type FailureReporter } from '../lib/error-report';

/** What the user reads when the safety copy cannot be written. */
export const mirrorFailedMessage = 'Could not keep the safety copy of your unsynced changes (tried again at your next change)';

/**
 * Keeps a file copy of the unsynced edits, written `delayMs` after the outbox last changed. A failed
 * write is told once (not at every change while it keeps failing) and tried again at the next change.
 * Returns the function that stops mirroring.
 */
export type OutboxSource = { read: () => Promise<unknown[]>; onChange: (listener: () => void) => () => void };

/** Keeps the mirror of an outbox source (see OutboxSource) up to date. */
export function startOutboxMirror(outbox: OutboxSource, write: (snapshot: string) => Promise<void>, reporter: FailureReporter = createFailureReporter(mirrorFailedMessage), delayMs = 2000): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const copy = async () => {
    try {
      await write(JSON.stringify(await outbox.read()));
      reporter.succeeded();
    } catch (error) {
      reporter.failed(error);
    }
  };
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void copy(), delayMs);
  };
  const unsubscribe = outbox.onChange(schedule);
  schedule();
  return () => {
    if (timer) clearTimeout(timer);
    unsubscribe();
  };
}
