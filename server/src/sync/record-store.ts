import type { Queryable } from '../db/database';
import type { StoredField, Writer } from '../../../shared/sync/merge';
import type { Space } from '../../../shared/sync/protocol';

/** A record's identity and ownership as stored. */
export type StoredRecord = { space: Space; ownerId: string };

/** The key of a record inside a team. */
export type RecordKey = { teamId: string; entity: string; id: string };

/** One field write: value, version, HLC and writer. */
export type FieldWrite = { field: string; value: unknown; version: number; hlc: string; writer: Writer };

/** A stored record with every field, by name. */
export type LoadedRecord = StoredRecord & { fields: Map<string, StoredField> };

type RecordRow = {
  entity: string; id: string; space: Space; owner_id: string; field: string | null; value: unknown; version: number; hlc: string;
  writer_user_id: string | null; writer_client_id: string | null;
};

/** Rows per multi-row statement: one JSON parameter each, so no parameter limit applies. */
const writeChunk = 2_000;

const keyOf = (entity: string, id: string) => `${entity}\u0000${id}`;

/**
 * The records one push reads and writes, inside its transaction: every record the push names is
 * read in one statement before the mutations are decided, the decisions read and write this copy,
 * and `flush` writes the final state of every changed record and field in a few multi-row
 * statements. The push holds its team's lock, so nobody else writes these records meanwhile.
 */
export class PushRecordStore {
  private readonly records = new Map<string, LoadedRecord | null>();
  private readonly changedRecords = new Map<string, { entity: string; id: string; record: StoredRecord; maxVersion: number }>();
  private readonly changedFields = new Map<string, { entity: string; id: string; write: FieldWrite }>();

  constructor(private readonly tx: Queryable, private readonly teamId: string) {}

  /** Reads the named records with all their fields (one statement). */
  async load(keys: readonly { entity: string; id: string }[]): Promise<void> {
    const wanted = keys.filter((k) => !this.records.has(keyOf(k.entity, k.id)));
    if (wanted.length === 0) return;
    for (const k of wanted) this.records.set(keyOf(k.entity, k.id), null);
    const rows = await this.tx.query<RecordRow>(
      `SELECT r.entity, r.id, r.space, r.owner_id, f.field, f.value, f.version, f.hlc, f.writer_user_id, f.writer_client_id
       FROM jsonb_to_recordset($2::jsonb) AS k(entity text, id text)
       JOIN records r ON r.team_id = $1 AND r.entity = k.entity AND r.id = k.id
       LEFT JOIN fields f ON f.team_id = r.team_id AND f.entity = r.entity AND f.record_id = r.id`,
      [this.teamId, JSON.stringify(wanted.map(({ entity, id }) => ({ entity, id })))],
    );
    for (const r of rows) {
      const key = keyOf(r.entity, r.id);
      let loaded = this.records.get(key);
      if (!loaded) {
        loaded = { space: r.space, ownerId: r.owner_id, fields: new Map() };
        this.records.set(key, loaded);
      }
      if (r.field === null) continue;
      const writer: Writer = r.writer_user_id !== null && r.writer_client_id !== null ? { userId: r.writer_user_id, clientId: r.writer_client_id } : null;
      loaded.fields.set(r.field, { value: r.value, version: r.version, hlc: r.hlc, writer });
    }
  }

  /** The record as this push sees it (including its own earlier writes), or null when it was never written. */
  async get(key: RecordKey): Promise<LoadedRecord | null> {
    await this.load([key]);
    return this.records.get(keyOf(key.entity, key.id)) ?? null;
  }

  /** Creates a record, or moves its greatest field version forward, and writes fields of it. */
  write(key: RecordKey, record: StoredRecord, version: number, writes: readonly FieldWrite[]): void {
    const k = keyOf(key.entity, key.id);
    const loaded = this.records.get(k) ?? { ...record, fields: new Map<string, StoredField>() };
    this.records.set(k, loaded);
    this.changedRecords.set(k, { entity: key.entity, id: key.id, record: { space: loaded.space, ownerId: loaded.ownerId }, maxVersion: version });
    for (const w of writes) {
      loaded.fields.set(w.field, { value: w.value, version: w.version, hlc: w.hlc, writer: w.writer });
      this.changedFields.set(`${k}\u0000${w.field}`, { entity: key.entity, id: key.id, write: w });
    }
  }

  /** Writes every changed record and field. */
  async flush(): Promise<void> {
    const records = [...this.changedRecords.values()].map((r) => ({ entity: r.entity, id: r.id, space: r.record.space, owner: r.record.ownerId, v: r.maxVersion }));
    for (let i = 0; i < records.length; i += writeChunk) {
      await this.tx.query(
        `INSERT INTO records (team_id, entity, id, space, owner_id, max_version)
         SELECT $1, r.entity, r.id, r.space, r.owner, r.v FROM jsonb_to_recordset($2::jsonb) AS r(entity text, id text, space text, owner text, v bigint)
         ON CONFLICT (team_id, entity, id) DO UPDATE SET max_version = excluded.max_version`,
        [this.teamId, JSON.stringify(records.slice(i, i + writeChunk))],
      );
    }
    // Each value travels wrapped in an array: a bare JSON null would become SQL NULL in the recordset.
    const fields = [...this.changedFields.values()].map(({ entity, id, write: w }) => ({
      entity, id, field: w.field, value: [w.value], v: w.version, hlc: w.hlc, wu: w.writer?.userId ?? null, wc: w.writer?.clientId ?? null,
    }));
    for (let i = 0; i < fields.length; i += writeChunk) {
      await this.tx.query(
        `INSERT INTO fields (team_id, entity, record_id, field, value, version, hlc, writer_user_id, writer_client_id)
         SELECT $1, f.entity, f.id, f.field, f.value -> 0, f.v, f.hlc, f.wu, f.wc
         FROM jsonb_to_recordset($2::jsonb) AS f(entity text, id text, field text, value jsonb, v bigint, hlc text, wu text, wc text)
         ON CONFLICT (team_id, entity, record_id, field) DO UPDATE SET value = excluded.value, version = excluded.version,
           hlc = excluded.hlc, writer_user_id = excluded.writer_user_id, writer_client_id = excluded.writer_client_id`,
        [this.teamId, JSON.stringify(fields.slice(i, i + writeChunk))],
      );
    }
    this.changedRecords.clear();
    this.changedFields.clear();
  }
}
