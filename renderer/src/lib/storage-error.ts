/** Why this device's storage refused: full, closed under us, or not available at all. */
export type StorageProblem = { kind: 'full' | 'closed' | 'unavailable'; message: string };

const fullNames = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED', 'NS_ERROR_FILE_NO_DEVICE_SPACE']);
const closedNames = new Set(['DatabaseClosedError', 'VersionChangeError']);
const unavailableNames = new Set(['MissingAPIError', 'OpenFailedError', 'InvalidStateError']);

/** The messages, in the user's words: what happened, that saved data is kept, and what to do. */
export const storageMessages: Record<StorageProblem['kind'], string> = {
  full: "This device's storage is full, so Rapport could not save. Free some disk space, then try again: what was saved before is kept.",
  closed: "Rapport's data was closed under it (another Rapport window updated it, or the browser cleared site data). Reload the window to carry on.",
  unavailable: 'This browser does not let Rapport store data here (a private window, or site data turned off). Open Rapport in a normal window to save your work.',
};

/** The error and the errors it wraps (Dexie's `inner`, `cause`, and a bulk write's `failures`), a few levels deep. */
function* chain(error: unknown, depth = 0): Generator<{ name: string; message: string }> {
  if (depth > 4 || typeof error !== 'object' || error === null) return;
  const e = error as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  yield { name: typeof e.name === 'string' ? e.name : '', message: typeof e.message === 'string' ? e.message : '' };
  yield* chain(e.inner, depth + 1);
  yield* chain(e.cause, depth + 1);
  if (Array.isArray(e.failures)) for (const failure of e.failures.slice(0, 3)) yield* chain(failure, depth + 1);
}

/**
 * Tells a storage failure apart from any other error: a full disk or exhausted quota (however the
 * browser or Dexie wraps it), a database closed because another window upgraded it, or storage that
 * is not available at all. Null for every other error, which callers report as they would anyway.
 */
export function describeStorageError(error: unknown): StorageProblem | null {
  const links = [...chain(error)];
  if (links.some((l) => fullNames.has(l.name) || /quota|disk is full|no space left/i.test(l.message))) return { kind: 'full', message: storageMessages.full };
  if (links.some((l) => closedNames.has(l.name))) return { kind: 'closed', message: storageMessages.closed };
  if (links.some((l) => unavailableNames.has(l.name))) return { kind: 'unavailable', message: storageMessages.unavailable };
  return null;
}

/** An error's message for the user: the storage explanation when storage failed, else the error's own message. */
export function describeError(error: unknown): string {
  const storage = describeStorageError(error);
  if (storage) return storage.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
