import type { RecordChange } from './protocol';

/**
 * Pulled fields merged, checked and written in one go (one task of the window): about 250 records
 * of 8–9 fields, or 100 accounts of 20. Sized by fields, not records, because a record's cost to
 * check and to copy into IndexedDB grows with its fields.
 */
export const sliceFieldBudget = 2_000;

/** Fields a pull page should bring, to keep the parse of its answer a short task (about 2,000 small records). */
export const pageFieldBudget = 18_000;

/** The fewest and most records a pull page asks for (the first page asks for the most; PROTOCOL 1.1: the server caps at 5,000). */
export const pageLimits = { least: 250, most: 2_000 } as const;

/** The number of fields a change brings. */
function fieldCount(change: RecordChange): number {
  let n = 0;
  for (const _ in change.fields) n += 1;
  return n;
}

/**
 * Cuts `changes` into consecutive slices of about `budget` fields each, in order; a slice holds at
 * least one change, however many fields it has, and none is empty.
 */
export function sliceByFields<T extends RecordChange>(changes: readonly T[], budget = sliceFieldBudget): T[][] {
  const slices: T[][] = [];
  let current: T[] = [];
  let fields = 0;
  for (const change of changes) {
    const n = fieldCount(change);
    if (current.length > 0 && fields + n > budget) { slices.push(current); current = []; fields = 0; }
    current.push(change);
    fields += n;
  }
  if (current.length > 0) slices.push(current);
  return slices;
}

/**
 * How many records to ask for in the next pull page, from the fields per record of the page just
 * answered: pages of large records (accounts) get fewer records so every page's answer is about
 * `pageFieldBudget` fields. An empty page keeps the most.
 */
export function nextPullLimit(changes: readonly RecordChange[], budget = pageFieldBudget): number {
  if (changes.length === 0) return pageLimits.most;
  let fields = 0;
  for (const change of changes) fields += fieldCount(change);
  const perRecord = Math.max(1, fields / changes.length);
  return Math.min(pageLimits.most, Math.max(pageLimits.least, Math.floor(budget / perRecord)));
}
