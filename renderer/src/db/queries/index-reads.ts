import Dexie, { type Table } from 'dexie';
import type { RapportDb } from '../db';

/** How many records one step of readIndexEquals reads before it lets other work run. */
export const indexReadChunk = 500;

/**
 * The records of `table` whose `index` holds one of `values`, in the order of `values` (and of
 * primary keys within each), straight from IndexedDB: a cursor walks `indexReadChunk` records per
 * read transaction and the window gets its turn between them, so 10,000 open commitments are many
 * short tasks, not one long one. A live query observes the whole table (one `count`), so a change
 * to any of its records re-reads.
 *
 * Why not Dexie's `where(index).equals(value)`: one getAll of 10,000 records is deserialised in a
 * single task, and inside a live query Dexie then observes the read by inserting each result's
 * primary key into a range tree, one by one (~100 ms more in that task). One range over the table
 * costs nothing, and a read that cares about a status change wants every change of the table anyway.
 * Inside a Dexie transaction (where a second transaction would wait for it) it reads through Dexie.
 */
export async function readIndexEquals<T>(db: RapportDb, table: Table<T, string>, index: string, values: readonly string[]): Promise<T[]> {
  if (Dexie.currentTransaction) {
    const parts = await Promise.all(values.map((v) => table.where(index).equals(v).toArray()));
    return parts.flat();
  }
  await table.count();
  if (!db.isOpen()) await db.open();
  const out: T[] = [];
  for (const value of values) {
    let after: string | null = null;
    for (;;) {
      const last: string | null = await readStep(db, table.name, index, value, after, out);
      if (last === null) break;
      after = last;
      await new Promise((resume) => setTimeout(resume, 0));
    }
  }
  return out;
}

/**
 * Reads up to `indexReadChunk` records whose `index` is `value` and whose primary key is above
 * `after` (from the start when null) into `into`; resolves with the last primary key read when there
 * may be more, or null when the walk reached the end.
 */
function readStep<T>(db: RapportDb, storeName: string, index: string, value: string, after: string | null, into: T[]): Promise<string | null> {
  return new Promise<string | null>((done, fail) => {
    const request = db.backendDB().transaction(storeName, 'readonly').objectStore(storeName).index(index).openCursor(IDBKeyRange.only(value));
    let positioned = after === null;
    let read = 0;
    request.onerror = () => fail(request.error ?? new Error(`Could not read ${storeName}`));
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) { done(null); return; }
      const primaryKey = String(cursor.primaryKey);
      if (!positioned) {
        positioned = true;
        // Jump to where the last step stopped (or the first record after it, if that one is gone).
        if (primaryKey < (after as string)) { cursor.continuePrimaryKey(value, after as string); return; }
      }
      if (primaryKey === after) { cursor.continue(); return; }
      into.push(cursor.value as T);
      read += 1;
      if (read >= indexReadChunk) { done(primaryKey); return; }
      cursor.continue();
    };
  });
}
