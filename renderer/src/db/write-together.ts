import type { Table } from 'dexie';
import type { RapportDb } from './db';

/**
 * Runs several data-layer writes as one all-or-nothing transaction over every table (the data
 * layer's own transactions nest inside it). Stands in for the data layer's `command` until that lands.
 */
export function writeTogether<T>(db: RapportDb, work: () => Promise<T>): Promise<T> {
  const tables: Table[] = db.tables;
  return db.transaction('rw', tables, work);
}
