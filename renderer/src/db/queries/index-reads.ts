import Dexie, { type Table } from 'dexie';
import type { RapportDb } from '../db';

/**
 * The records of `table` whose `index` holds one of `values`, in the order of `values`: one
 * IndexedDB `getAll` per value in one read transaction, straight from the database. A live query
 * observes the whole table (one `count`), so a change to any of its records re-reads.
 *
 * Why not Dexie's `where(index).equals(value)`: inside a live query, Dexie observes an index read by
 * inserting each result's primary key into a range tree, one by one; for 10,000 open commitments that
 * was ~100 ms in a single task, on every load of the accounts list and Today. One range over the
 * table costs nothing, and a read that cares about a status change wants every change of the table
 * anyway. Inside a Dexie transaction (where a second transaction would wait for it) it reads through
 * Dexie instead.
 */
export async function readIndexEquals<T>(db: RapportDb, table: Table<T, string>, index: string, values: readonly string[]): Promise<T[]> {
  if (Dexie.currentTransaction) {
    const parts = await Promise.all(values.map((v) => table.where(index).equals(v).toArray()));
    return parts.flat();
  }
  await table.count();
  if (!db.isOpen()) await db.open();
  return new Promise<T[]>((done, fail) => {
    const tx = db.backendDB().transaction(table.name, 'readonly');
    const source = tx.objectStore(table.name).index(index);
    const parts: T[][] = values.map(() => []);
    values.forEach((value, i) => {
      const request = source.getAll(IDBKeyRange.only(value));
      request.onsuccess = () => { parts[i] = request.result as T[]; };
    });
    tx.oncomplete = () => done(parts.flat());
    tx.onerror = () => fail(tx.error ?? new Error(`Could not read ${table.name}`));
    tx.onabort = () => fail(tx.error ?? new Error(`Could not read ${table.name}`));
  });
}
