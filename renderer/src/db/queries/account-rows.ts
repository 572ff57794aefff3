import Dexie, { type Table } from 'dexie';
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

/** How many records one request of a whole-table read fetches: each page is its own short task to deserialise. */
export const listPageSize = 500;

/**
 * Every record of a table in primary-key order, read in pages of `pageSize` by the primary key, one
 * request each, so no single getAll deserialises a whole table (10,000 accounts, 50,000 contacts) in
 * one main-thread task. In a live query each page's range is observed, so a change anywhere re-reads.
 */
export async function readAllInPages<T extends { id: string }>(table: Table<T, string>, pageSize = listPageSize): Promise<T[]> {
  const all: T[] = [];
  await forEachPage(table, pageSize, (page) => { for (const record of page) all.push(record); });
  return all;
}

type PostTask = (run: () => void, options: { priority: 'background' }) => Promise<void>;

/**
 * Waits until the window has nothing more urgent to do (input, its rendering, the work a keystroke
 * started): a background-priority task where the browser has a task scheduler, else a timer.
 */
function backgroundSlot(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  if (scheduler?.postTask) return scheduler.postTask(() => undefined, { priority: 'background' });
  return new Promise((resume) => setTimeout(resume, 0));
}

/**
 * Reads a table page by page (as readAllInPages) and hands each page to `take` as it arrives, so work
 * per record is spread over the pages' tasks too. Between pages it lets anything more urgent run
 * first (a keystroke and what it starts wait for at most one page); in a live query the wait keeps
 * the query's observation (Dexie.waitFor), so a change on a later page still re-reads. Inside a
 * transaction it does not wait (waiting there would keep the transaction busy).
 */
export async function forEachPage<T extends { id: string }>(table: Table<T, string>, pageSize: number, take: (page: readonly T[]) => void): Promise<void> {
  let page = await table.limit(pageSize).toArray();
  for (;;) {
    take(page);
    const last = page[page.length - 1];
    if (page.length < pageSize || !last) return;
    if (!Dexie.currentTransaction) await Dexie.waitFor(backgroundSlot());
    page = await table.where(':id').above(last.id).limit(pageSize).toArray();
  }
}

/** Every account (deleted ones included: the list filter drops them), in primary-key order, read in pages. */
export function readListAccounts(): Promise<Account[]> {
  return readAllInPages(db.accounts);
}

/** The first `count` accounts in the name index's order (deleted ones included): a first screen while the whole list is read. */
export function readFirstAccountsByName(count: number): Promise<Account[]> {
  return db.accounts.orderBy('name').limit(count).toArray();
}

/**
 * Names of live stakeholders per account. Pages of 1,000 contacts, not a cursor: a cursor over 50,000
 * contacts takes a round trip per record and, in a live query, records every key it passes; one
 * getAll of them all is one long task.
 */
export async function readStakeholderNames(): Promise<AccountFacts['stakeholderNames']> {
  const names = new Map<string, string[]>();
  // Grouped page by page: 50,000 contacts grouped at the end would be one long task.
  await forEachPage(db.contacts, 1_000, (page) => {
    for (const c of page) {
      if (c.deleted) continue;
      const list = names.get(c.accountId);
      if (list) list.push(c.name);
      else names.set(c.accountId, [c.name]);
    }
  });
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

/** How many accounts' latest touches one step of readLastTouches reads before it lets other work run. */
export const lastTouchChunk = 250;

/**
 * The latest touch per account, from the [accountId+at] index alone (no touch record is read): a
 * key cursor walks the index backwards and jumps from each account's latest touch straight to the
 * previous account's, one step per account instead of one per touch. It walks `lastTouchChunk`
 * accounts per transaction and yields between them, so 10,000 accounts are many short tasks, not
 * one long one. The count first makes a live query re-read when any touch changes (the raw cursor
 * is not observed, nor needs its keys to be).
 */
export async function readLastTouches(): Promise<AccountFacts['lastTouchAt']> {
  await db.touches.count();
  if (!db.isOpen()) await db.open();
  const last = new Map<string, string>();
  let below: string | null = null;
  for (;;) {
    const from = below;
    const finished = await new Promise<boolean>((done, fail) => {
      const index = db.backendDB().transaction('touches', 'readonly').objectStore('touches').index('[accountId+at]');
      // [accountId] sorts before every [accountId, at]: keys below it are the earlier accounts'.
      const request = index.openKeyCursor(from === null ? null : IDBKeyRange.upperBound([from], true), 'prev');
      let steps = 0;
      request.onerror = () => fail(request.error ?? new Error('Could not read the touches'));
      request.onsuccess = () => {
        const cursor = request.result;
        if (!cursor) { done(true); return; }
        const [accountId, at] = cursor.key as [string, string];
        last.set(accountId, at);
        below = accountId;
        steps += 1;
        if (steps >= lastTouchChunk) { done(false); return; }
        // The next key below [accountId] is the previous account's latest.
        cursor.continue([accountId]);
      };
    });
    if (finished) return last;
    await new Promise((resume) => setTimeout(resume, 0));
  }
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
