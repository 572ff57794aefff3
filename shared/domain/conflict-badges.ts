import type { Conflict } from './conflict';

/** Conflicts nobody has settled yet ("Keep" or "Restore" marks them resolved). */
export function isOpenConflict(conflict: Pick<Conflict, 'resolved' | 'deleted'>): boolean {
  return !conflict.resolved && !conflict.deleted;
}

/**
 * Open conflicts per account, for the badges on the accounts list and the account page: a conflict
 * about an account counts for it; one about a stakeholder, commitment, escalation or any other record
 * of an account counts for that account (`accountOf` tells a record's account, null when it has none).
 */
export function openConflictsByAccount(
  conflicts: readonly Pick<Conflict, 'entity' | 'recordId' | 'resolved' | 'deleted'>[],
  accountOf: (entity: string, recordId: string) => string | null | undefined,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of conflicts) {
    if (!isOpenConflict(c)) continue;
    const accountId = c.entity === 'accounts' ? c.recordId : accountOf(c.entity, c.recordId);
    if (accountId) counts.set(accountId, (counts.get(accountId) ?? 0) + 1);
  }
  return counts;
}
