import Dexie, { type Table } from 'dexie';
import type { EntityName, EntityRecord } from '../../../shared/domain/entities';
import type { HlcState } from '../../../shared/sync/hlc';
import { schemaVersions } from './schema';

/** Where a record is visible: the whole team, or its creator only (PROTOCOL.md `space`). */
export type Space = 'team' | 'private';

/** Sync bookkeeping of one record: its space, the server version of each field last pulled, and the pulled value of fields edited locally since (see shared/sync/apply-pulled.ts). */
export type RecordMeta = { entity: EntityName; id: string; space: Space; versions: Record<string, number>; values?: Record<string, unknown> };

/** A pushed mutation the server refused, kept so the user sees why and what they typed. */
export type Rejection = { seq?: number; entity: string; recordId: string; field: string | null; reason: string; message: string; typed: unknown; at: string };

/** One field update waiting to be pushed: the new value and the version it was based on. */
export type OutboxField = { value: unknown; base: number };

/** A mutation waiting in the outbox, already in PROTOCOL.md push shape. */
export type OutboxEntry = {
  mutationId: number;
  hlc: string;
  entity: EntityName;
  id: string;
  space: Space;
  fields: Record<string, OutboxField>;
};

/** Installation facts kept in the `meta` table. */
export type MetaRow =
  | { key: 'clientId'; value: string }
  | { key: 'clock'; value: HlcState }
  | { key: 'nextMutationId'; value: number }
  | { key: 'syncCursor'; value: string | null }
  | { key: 'lastSyncAt'; value: string }
  | { key: 'lastPulledHead'; value: string };

/** The typed Dexie database: one table per entity plus local bookkeeping. */
export type RapportDb = Dexie & { [E in EntityName]: Table<EntityRecord<E>, string> } & {
  recordMeta: Table<RecordMeta, [string, string]>;
  outbox: Table<OutboxEntry, number>;
  meta: Table<MetaRow, string>;
  rejections: Table<Rejection, number>;
};

/** Opens (creating or upgrading) a Rapport database under the given name. */
export function createDb(name = 'rapport'): RapportDb {
  const db = new Dexie(name);
  for (const { version, stores } of schemaVersions) {
    const declared = db.version(version).stores(stores);
    if (version === 2) {
      declared.upgrade((tx) => tx.table('recordMeta').toCollection().modify((meta: RecordMeta) => { meta.values ??= {}; }));
    }
  }
  return db as RapportDb;
}
