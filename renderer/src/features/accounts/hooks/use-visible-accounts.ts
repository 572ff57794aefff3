import { useMemo } from 'react';
import type { Account } from '../../../../../shared/domain/account';
import {
  accountMatcher, narrowsSearch, searchTextOf, sortAccountRows, type AccountFilter, type AccountRow, type AccountSort, type AccountSortKey,
} from '../../../../../shared/domain/account-list';

/** Sort keys that read only the account itself, so its order survives the facts arriving or changing. */
const accountOnlyKeys: ReadonlySet<AccountSortKey> = new Set(['name', 'segment', 'tier', 'owner', 'arr', 'renewal', 'stage']);

/** Search text per account, kept while the account and its stakeholder names are the same objects. */
const searchTexts = new WeakMap<Account, { names: readonly string[]; text: string }>();
function searchTextCached(row: AccountRow): string {
  const hit = searchTexts.get(row.account);
  if (hit && hit.names === row.stakeholderNames) return hit.text;
  const text = searchTextOf(row);
  searchTexts.set(row.account, { names: row.stakeholderNames, text });
  return text;
}

/** The last filtering of each sorted list: a search typed on filters the rows it showed, not all of them. */
const lastFiltered = new WeakMap<AccountRow[], { filter: AccountFilter; today: string; texts: ReadonlyMap<AccountRow, string>; visible: AccountRow[] }>();

/** What the list shows: the rows that match, sorted, with the count of live accounts and the tags to filter by. */
export type VisibleAccounts = { visible: AccountRow[]; total: number; tags: string[] };

/**
 * Filters and sorts the list rows for the screen. Sorting is redone only when the sort or what it
 * reads changes (not on every keystroke, nor when a fact it does not read arrives); a keystroke only
 * filters the sorted rows over a prebuilt lower-case search text, and typing on filters only the rows
 * the last keystroke showed.
 */
export function useVisibleAccounts(
  accounts: readonly Account[], rows: AccountRow[], filter: AccountFilter, sort: AccountSort, memberNames: ReadonlyMap<string, string>, today: string,
): VisibleAccounts {
  const plainRows = useMemo(() => accounts.map((account) => ({ account, stakeholderNames: [], openEscalations: 0, severeEscalations: 0, overdueCommitments: 0, lastTouchAt: null })), [accounts]);
  const orderSource = accountOnlyKeys.has(sort.key) ? plainRows : rows;
  const order = useMemo(() => sortAccountRows(orderSource, sort, (id) => memberNames.get(id ?? '') ?? '').map((r) => r.account.id), [orderSource, sort, memberNames]);
  const byId = useMemo(() => new Map(rows.map((r) => [r.account.id, r])), [rows]);
  const sorted = useMemo(() => order.flatMap((id) => byId.get(id) ?? []), [order, byId]);
  const texts = useMemo(() => new Map(rows.map((r) => [r, searchTextCached(r)])), [rows]);
  const visible = useMemo(() => {
    const last = lastFiltered.get(sorted);
    const from = last && last.today === today && last.texts === texts && narrowsSearch(last.filter, filter) ? last.visible : sorted;
    const shown = from.filter(accountMatcher(filter, today, (r) => texts.get(r) ?? searchTextCached(r)));
    lastFiltered.set(sorted, { filter, today, texts, visible: shown });
    return shown;
  }, [sorted, filter, today, texts]);
  const total = useMemo(() => accounts.reduce((n, a) => n + (a.deleted ? 0 : 1), 0), [accounts]);
  const tags = useMemo(() => [...new Set(accounts.flatMap((a) => a.tags))].sort(), [accounts]);
  return { visible, total, tags };
}
