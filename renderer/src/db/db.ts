import Dexie, { type Table, type Transaction } from 'dexie';
import { entityNames, type EntityName, type EntityRecord } from '../../../shared/domain/entities';
import { readRecord } from '../../../shared/domain/record-check';
import { schemaVersions } from './schema';
import type { HeldMutation, MetaRow, RecordMeta, Rejection, SetAsideRecord, StoredOutboxEntry } from './sync-state-schema';

export type { MetaRow, OutboxEntry, OutboxField, RecordMeta, Rejection, StoredOutboxEntry } from './sync-state-schema';

/** Where a record is visible: the whole team, or its creator only (PROTOCOL.md `space`). */
export type Space = 'team' | 'private';

/** The typed Dexie database: one table per entity plus local bookkeeping. */
export type RapportDb = Dexie & { [E in EntityName]: Table<EntityRecord<E>, string> } & {
  recordMeta: Table<RecordMeta, [string, string]>;
  outbox: Table<StoredOutboxEntry, number>;
  meta: Table<MetaRow, string>;
  rejections: Table<Rejection, number>;
  held: Table<HeldMutation, number>;
  setAside: Table<SetAsideRecord, [string, string]>;
};

/**
 * Opens (creating or upgrading) a Rapport database under the given name.
 * Dexie's shared live-query cache is off (`cache: 'disabled'`): with it, every live read's rows are
 * deep-cloned before a screen gets them (a second copy of 10,000 accounts, and its garbage, each time
 * the list loads), and its optimistic updates never apply to our writes, which all run in explicit
 * transactions. Live queries still re-run after every write that touches what they read.
 */
export function createDb(name = 'rapport'): RapportDb {
  const db = new Dexie(name, { cache: 'disabled' });
  for (const { version, stores } of schemaVersions) {
    const declared = db.version(version).stores(stores);
    if (version === 2) {
      declared.upgrade((tx) => tx.table('recordMeta').toCollection().modify((meta: RecordMeta) => { meta.values ??= {}; }));
    }
    if (version === 3) declared.upgrade(setAsideUnreadableRecords);
  }
  return db as RapportDb;
}

/**
 * Version 3: a record a screen cannot read (an incomplete create pulled from a server that accepted
 * it) is moved to `setAside`, so it can no longer take a screen down; records written before a field
 * existed get that field's default.
 */
async function setAsideUnreadableRecords(tx: Transaction): Promise<void> {
  const version3Tables = schemaVersions.find((v) => v.version === 3)?.stores ?? {};
  const nowIso = new Date().toISOString();
  for (const entity of entityNames) {
    if (entity === 'accountEvents') continue; // new in this version: nothing to check
    if (!(entity in version3Tables)) continue; // added by a later version
    const table = tx.table(entity);
    const rows = (await table.toArray()) as Record<string, unknown>[];
    const fixed: Record<string, unknown>[] = [];
    const bad: SetAsideRecord[] = [];
    for (const row of rows) {
      const read = readRecord(entity, row, nowIso);
      if (!read.ok) bad.push({ entity, id: String(row.id), record: row, problem: read.problem, at: nowIso });
      else if (read.filled) fixed.push(read.record);
    }
    if (fixed.length > 0) await table.bulkPut(fixed);
    if (bad.length > 0) {
      await table.bulkDelete(bad.map((b) => b.id));
      await tx.table('setAside').bulkPut(bad);
    }
  }
}
