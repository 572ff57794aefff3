import Dexie, { RangeSet, type Table } from 'dexie';

/** Dexie's note of what a transaction changed, read when it commits to refresh live queries. */
type ObservedTransaction = IDBTransaction & { mutatedParts?: Record<string, RangeSet> };

/**
 * Puts `records` into `table` through the current Dexie transaction's own IndexedDB object store:
 * one native request each and a listener on the last one only, where Dexie's `bulkPut` keeps a
 * listener and a result per request (a large share of a first sync's main-thread time). Live
 * queries and `storagemutated` listeners still learn that the whole table changed when the
 * transaction commits. A failed put fails the transaction, so nothing of it is stored.
 * Outside a transaction, or when the table has write hooks (they run only through Dexie), it uses `bulkPut`.
 */
export function putInTransaction(table: Table, records: readonly object[]): Promise<void> {
  const native = Dexie.currentTransaction?.idbtrans as ObservedTransaction | undefined;
  if (!native || records.length === 0 || hasWriteHooks(table)) return Promise.resolve(table.bulkPut(records as object[])).then(() => undefined);
  const store = native.objectStore(table.name);
  let last: IDBRequest | undefined;
  for (const record of records) last = store.put(record);
  noteWholeTableChanged(native, table);
  const request = last as IDBRequest;
  return new Dexie.Promise<void>((resolve, reject) => {
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`Could not store the pulled ${table.name}.`));
  });
}

/** Marks every key of `table` and of each of its indexes as changed by `native` (what Dexie does for a large bulkPut). */
function noteWholeTableChanged(native: ObservedTransaction, table: Table): void {
  const parts = native.mutatedParts ?? (native.mutatedParts = {});
  const prefix = `idb://${table.db.name}/${table.name}/`;
  for (const name of ['', ':dels', ...table.schema.indexes.map((index) => index.name)]) {
    parts[prefix + name] = new RangeSet(-Infinity, [[]]);
  }
}

/** Whether Dexie hooks watch writes to `table` (a native put would pass them by). */
function hasWriteHooks(table: Table): boolean {
  return table.hook('creating').subscribers.length > 0 || table.hook('updating').subscribers.length > 0;
}
