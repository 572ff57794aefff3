// When each account was last opened on this device: for "what changed since your last visit".
// A habit of this device's user, not a team fact, so it stays in localStorage and never syncs.
const storageKey = 'rapport.account-visits';
const keep = 2_000;

function read(): Record<string, string> {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '{}');
    return stored && typeof stored === 'object' ? (stored as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** The instant the account was last opened on this device (ISO), or null for a first visit. */
export function lastVisitOf(accountId: string): string | null {
  const at = read()[accountId];
  return typeof at === 'string' ? at : null;
}

/** Remembers that the account was opened at `at`; only the most recent 2,000 accounts are kept. */
export function recordVisit(accountId: string, at: string): void {
  const visits = { ...read(), [accountId]: at };
  const entries = Object.entries(visits).sort((a, b) => b[1].localeCompare(a[1])).slice(0, keep);
  try {
    localStorage.setItem(storageKey, JSON.stringify(Object.fromEntries(entries)));
  } catch {
    // Storage full: the summary falls back to "first visit" next time; nothing else depends on it.
  }
}
