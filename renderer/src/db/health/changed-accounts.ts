import { RangeSet, type IntervalTree, type ObservabilitySet } from 'dexie';

/** Tables the health score reads; the accounts table is keyed by account id, the others have an accountId index. */
const healthTables = new Set(['accounts', 'usagePoints', 'tickets', 'surveyResponses', 'touches', 'contacts', 'escalations', 'escalationEvents', 'commitments', 'reviews', 'accountEvents']);

type KeyRange = { from: unknown; to: unknown };

/**
 * The accounts whose health may have changed, from Dexie's record of what a transaction touched:
 * null when nothing the score reads changed, 'all' when the change is too broad to tell (bulk writes,
 * deletes of unknown rows, another window's change), else the account ids.
 */
export function changedAccounts(parts: ObservabilitySet, dbName: string): string[] | 'all' | null {
  const prefix = `idb://${dbName}/`;
  const ids = new Set<string>();
  const touched = new Set<string>();
  const indexed = new Set<string>();
  for (const [part, ranges] of Object.entries(parts)) {
    if (part === 'all') return 'all';
    if (!part.startsWith(prefix)) continue;
    const [table = '', index = ''] = part.slice(prefix.length).split('/');
    if (!healthTables.has(table)) continue;
    const keyPart = table === 'accounts' ? '' : 'accountId';
    if (index === '' && hasAny(ranges)) touched.add(table);
    if (index !== keyPart) continue;
    indexed.add(table);
    for (const range of keyRanges(ranges)) {
      if (range.from !== range.to || typeof range.from !== 'string') return 'all';
      ids.add(range.from);
    }
  }
  for (const table of touched) if (!indexed.has(table)) return 'all';
  return touched.size === 0 && ids.size === 0 ? null : [...ids];
}

/** The key ranges of a part; parts arrive as plain interval trees (also from other windows), so wrap them. */
function keyRanges(tree: IntervalTree): Iterable<KeyRange> {
  return RangeSet(tree) as Iterable<KeyRange>;
}

function hasAny(tree: IntervalTree): boolean {
  for (const _ of keyRanges(tree)) return true;
  return false;
}
