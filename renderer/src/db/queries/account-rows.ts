import type { Account } from '../../../../shared/domain/account';
import type { AccountRow } from '../../../../shared/domain/account-list';
import { isOverdue, type CommitmentStatusFields } from '../../../../shared/domain/commitment';
import type { Instant } from '../../../../shared/domain/local-date';
import { db } from '../instance';
import { readOpenCommitments, readOpenConflictsByAccount, readOpenEscalations } from './open-work';

// The accounts list rows, read in parts: the accounts themselves (enough to show the first rows) and
// each fact beside them from its own table, so a change to one table re-reads only that part and
// the list never waits for the slowest one. buildAccountRows joins whatever parts are there.

/** Per account: the facts the list shows beside it, each part read from its own table. */
export type AccountFacts = {
  /** Names of live stakeholders. */
  stakeholderNames: ReadonlyMap<string, string[]>;
  /** Open escalations, and how many of them are severe (S1/S2). */
  escalations: ReadonlyMap<string, { open: number; severe: number }>;
  /** Our open commitments (owed by us), for the overdue count at any `now`. */
  ourOpenCommitments: ReadonlyMap<string, CommitmentStatusFields[]>;
  /** When the account was last touched (ISO instant). */
  lastTouchAt: ReadonlyMap<string, string>;
  /** Open conflicting edits of the account or its records. */
  openConflicts: ReadonlyMap<string, number>;
};

/** How many accounts one request of the whole list's read fetches: each page is its own short task to deserialise. */
export const listPageSize = 500;

/**
 * Every account (deleted ones included: the list filter drops them), in primary-key order. Read in
 * pages of `listPageSize` by the primary key, one request each, so no single getAll deserialises
 * 10,000 accounts in one main-thread task.
 */
export async function readListAccounts(): Promise<Account[]> {
  const all: Account[] = [];
  let page = await db.accounts.limit(listPageSize).toArray();
  for (;;) {
    for (const account of page) all.push(account);
    const last = page[page.length - 1];
    if (page.length < listPageSize || !last) return all;
    page = await db.accounts.where(':id').above(last.id).limit(listPageSize).toArray();
  }
}

/** The first `count` accounts in the name index's order (deleted ones included): a first screen while the whole list is read. */
export function readFirstAccountsByName(count: number): Promise<Account[]> {
  return db.accounts.orderBy('name').limit(count).toArray();
}

/**
 * Names of live stakeholders per account. One getAll of the table: a cursor over 50,000 contacts
 * takes a round trip per record and, in a live query, records every key it passes.
 */
export async function readStakeholderNames(): Promise<AccountFacts['stakeholderNames']> {
  const names = new Map<string, string[]>();
  for (const c of await db.contacts.toArray()) {
    if (c.deleted) continue;
    const list = names.get(c.accountId);
    if (list) list.push(c.name);
    else names.set(c.accountId, [c.name]);
  }
  return names;
}

/** Open and severe (S1/S2) escalations per account. */
export async function readEscalationCounts(): Promise<AccountFacts['escalations']> {
  const counts = new Map<string, { open: number; severe: number }>();
  for (const e of await readOpenEscalations()) {
    if (e.deleted) continue;
    const n = counts.get(e.accountId) ?? { open: 0, severe: 0 };
    n.open += 1;
    if (e.severity === 'S1' || e.severity === 'S2') n.severe += 1;
    counts.set(e.accountId, n);
  }
  return counts;
}

/** Our open commitments per account (owed by us, not deleted). */
export async function readOurOpenCommitments(): Promise<AccountFacts['ourOpenCommitments']> {
  const byAccount = new Map<string, CommitmentStatusFields[]>();
  for (const c of await readOpenCommitments()) {
    if (c.deleted || c.owedBy !== 'us' || !c.accountId) continue;
    const list = byAccount.get(c.accountId);
    const fields = { status: c.status, deleted: c.deleted, dueDate: c.dueDate, dueTime: c.dueTime };
    if (list) list.push(fields);
    else byAccount.set(c.accountId, [fields]);
  }
  return byAccount;
}

/**
 * The latest touch per account, from the [accountId+at] index alone (no touch record is read): a
 * key cursor walks the index backwards and jumps from each account's latest touch straight to the
 * previous account's, one step per account instead of one per touch. The count first makes a live
 * query re-read when any touch changes (the raw cursor is not observed, nor needs its keys to be).
 */
export async function readLastTouches(): Promise<AccountFacts['lastTouchAt']> {
  await db.touches.count();
  if (!db.isOpen()) await db.open();
  const index = db.backendDB().transaction('touches', 'readonly').objectStore('touches').index('[accountId+at]');
  const last = new Map<string, string>();
  await new Promise<void>((done, fail) => {
    const request = index.openKeyCursor(null, 'prev');
    request.onerror = () => fail(request.error ?? new Error('Could not read the touches'));
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) { done(); return; }
      const [accountId, at] = cursor.key as [string, string];
      last.set(accountId, at);
      // [accountId] sorts before every [accountId, at]: the next key below it is the previous account's latest.
      cursor.continue([accountId]);
    };
  });
  return last;
}

/** Open conflicts per account. */
export function readConflictCounts(): Promise<AccountFacts['openConflicts']> {
  return readOpenConflictsByAccount();
}

/** Joins the accounts with whichever fact parts have been read (a missing part reads as none) at `now` in `zone`. */
export function buildAccountRows(accounts: readonly Account[], facts: Partial<AccountFacts>, now: Instant, zone: string): AccountRow[] {
  return accounts.map((account) => {
    const escalations = facts.escalations?.get(account.id);
    const commitments = facts.ourOpenCommitments?.get(account.id);
    let overdue = 0;
    if (commitments) for (const c of commitments) if (isOverdue(c, now, zone)) overdue += 1;
    return {
      account,
      stakeholderNames: facts.stakeholderNames?.get(account.id) ?? [],
      openEscalations: escalations?.open ?? 0,
      severeEscalations: escalations?.severe ?? 0,
      overdueCommitments: overdue,
      lastTouchAt: facts.lastTouchAt?.get(account.id) ?? null,
      openConflicts: facts.openConflicts?.get(account.id) ?? 0,
    };
  });
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name, i) => name === b[i]);
}

function sameRow(a: AccountRow, b: AccountRow): boolean {
  return a.account === b.account && sameNames(a.stakeholderNames, b.stakeholderNames) && a.openEscalations === b.openEscalations
    && a.severeEscalations === b.severeEscalations && a.overdueCommitments === b.overdueCommitments && a.lastTouchAt === b.lastTouchAt
    && a.openConflicts === b.openConflicts;
}

/**
 * A join that keeps what did not change: each row equal to the one it joined last time is that same
 * object, and when no row changed the same array comes back, so what the list builds on its rows
 * (search texts, sort, the rows' renders) is redone only for the accounts a change touched.
 */
export function createRowJoiner(): (accounts: readonly Account[], facts: Partial<AccountFacts>, now: Instant, zone: string) => AccountRow[] {
  let previous: AccountRow[] = [];
  let byId = new Map<string, AccountRow>();
  return (accounts, facts, now, zone) => {
    const fresh = buildAccountRows(accounts, facts, now, zone);
    let changed = fresh.length !== previous.length;
    const rows = fresh.map((row, i) => {
      const before = byId.get(row.account.id);
      if (before && sameRow(before, row)) {
        if (previous[i] !== before) changed = true;
        return before;
      }
      changed = true;
      return row;
    });
    if (!changed) return previous;
    previous = rows;
    byId = new Map(rows.map((r) => [r.account.id, r]));
    return rows;
  };
}

/** Reads every part and joins them: the whole list at `now` (exports, tests, benchmarks). */
export async function readAccountRows(now: Instant, zone: string): Promise<AccountRow[]> {
  const [accounts, stakeholderNames, escalations, ourOpenCommitments, lastTouchAt, openConflicts] = await Promise.all([
    readListAccounts(), readStakeholderNames(), readEscalationCounts(), readOurOpenCommitments(), readLastTouches(), readConflictCounts(),
  ]);
  return buildAccountRows(accounts, { stakeholderNames, escalations, ourOpenCommitments, lastTouchAt, openConflicts }, now, zone);
}
