import type { Account } from '../account';
import { accountMatcher, emptyAccountFilter, type AccountFilter, type AccountRow } from '../account-list';

/** How affected accounts are chosen by filter: a saved view's filter, narrowed by segment and tag/product. */
export type AffectedFilter = { view: AccountFilter | null; segments: string[]; tags: string[] };

/** The accounts a filter chooses (never deleted ones), in name order. */
export function accountsByFilter(rows: readonly AccountRow[], choice: AffectedFilter, today: string): Account[] {
  const base = choice.view ?? emptyAccountFilter;
  const filter: AccountFilter = {
    ...base,
    segments: choice.segments.length > 0 ? choice.segments : base.segments,
    tags: choice.tags.length > 0 ? choice.tags : base.tags,
  };
  const matches = accountMatcher(filter, today);
  return rows.filter(matches).map((r) => r.account).sort((a, b) => a.name.localeCompare(b.name));
}

/** Pasted account names or CRM ids resolved to accounts, and the lines that matched none. */
export type PastedMatch = { accounts: Account[]; unmatched: string[] };

/**
 * Resolves a pasted list, one account per line (a spreadsheet column pastes that way): each line is
 * matched, ignoring case and surrounding spaces, to an account's name or its CRM id.
 */
export function matchPastedAccounts(text: string, accounts: readonly Account[]): PastedMatch {
  const key = (s: string) => s.trim().toLocaleLowerCase();
  const index = new Map<string, Account>();
  for (const a of accounts) {
    if (a.deleted) continue;
    index.set(key(a.name), a);
    if (a.externalId) index.set(key(a.externalId), a);
  }
  const found = new Map<string, Account>();
  const unmatched: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const cleaned = line.replace(/^["']|["']$/g, '').trim();
    if (cleaned === '') continue;
    const account = index.get(key(cleaned));
    if (account) found.set(account.id, account);
    else unmatched.push(cleaned);
  }
  return { accounts: [...found.values()], unmatched };
}
