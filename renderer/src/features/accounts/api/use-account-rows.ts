import { useLiveQuery } from 'dexie-react-hooks';
import type { AccountRow } from '../../../../../shared/domain/account-list';
import { db } from '../../../db/instance';
import { readOpenCommitments, readOpenConflictsByAccount, readOpenEscalations } from '../../../db/open-work';
import { localToday } from '../../../lib/format';

/** Reads every account with the facts the list shows (stakeholders, escalations, overdue, last touch). */
export async function readAccountRows(today: string): Promise<AccountRow[]> {
  const [accounts, contacts, escalations, commitments, touchKeys, conflicts] = await Promise.all([
    db.accounts.toArray(),
    db.contacts.toArray(),
    readOpenEscalations(),
    readOpenCommitments(),
    db.touches.orderBy('[accountId+at]').keys(),
    readOpenConflictsByAccount(),
  ]);
  const names = new Map<string, string[]>();
  for (const c of contacts) if (!c.deleted) push(names, c.accountId, c.name);
  const open = new Map<string, number>();
  const severe = new Map<string, number>();
  for (const e of escalations) {
    if (e.deleted) continue;
    open.set(e.accountId, (open.get(e.accountId) ?? 0) + 1);
    if (e.severity === 'S1' || e.severity === 'S2') severe.set(e.accountId, (severe.get(e.accountId) ?? 0) + 1);
  }
  const overdue = new Map<string, number>();
  for (const c of commitments) {
    if (!c.deleted && c.accountId && c.owedBy === 'us' && c.dueDate < today) overdue.set(c.accountId, (overdue.get(c.accountId) ?? 0) + 1);
  }
  const lastTouch = new Map<string, string>();
  for (const key of touchKeys as unknown as [string, string][]) lastTouch.set(key[0], key[1]);
  return accounts.map((account) => ({
    account,
    stakeholderNames: names.get(account.id) ?? [],
    openEscalations: open.get(account.id) ?? 0,
    severeEscalations: severe.get(account.id) ?? 0,
    overdueCommitments: overdue.get(account.id) ?? 0,
    lastTouchAt: lastTouch.get(account.id) ?? null,
    openConflicts: conflicts.get(account.id) ?? 0,
  }));
}

function push(map: Map<string, string[]>, key: string, value: string) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Live account rows; undefined while loading. */
export function useAccountRows(): AccountRow[] | undefined {
  return useLiveQuery(() => readAccountRows(localToday()), []);
}
