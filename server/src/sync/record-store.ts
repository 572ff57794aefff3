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
  space: Space; owner_id: string; field: string | null; value: unknown; version: number; hlc: string;
  writer_user_id: string | null; writer_client_id: string | null;
};

/** The stored record with its fields (one round trip), or null when it was never written. */
export async function loadRecord(tx: Queryable, key: RecordKey): Promise<LoadedRecord | null> {
  const rows = await tx.query<RecordRow>(
    `SELECT r.space, r.owner_id, f.field, f.value, f.version, f.hlc, f.writer_user_id, f.writer_client_id
     FROM records r LEFT JOIN fields f ON f.team_id = r.team_id AND f.entity = r.entity AND f.record_id = r.id
     WHERE r.team_id = $1 AND r.entity = $2 AND r.id = $3`,
    [key.teamId, key.entity, key.id],
  );
  const first = rows[0];
  if (!first) return null;
  const fields = new Map<string, StoredField>();
  for (const r of rows) {
    if (r.field === null) continue;
    const writer: Writer = r.writer_user_id !== null && r.writer_client_id !== null ? { userId: r.writer_user_id, clientId: r.writer_client_id } : null;
    fields.set(r.field, { value: r.value, version: r.version, hlc: r.hlc, writer });
  }
  return { space: first.space, ownerId: first.owner_id, fields };
}

/** Creates a record, or moves its greatest field version forward. */
export async function upsertRecord(tx: Queryable, key: RecordKey, record: StoredRecord, maxVersion: number): Promise<void> {
  await tx.query(
    `INSERT INTO records (team_id, entity, id, space, owner_id, max_version) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (team_id, entity, id) DO UPDATE SET max_version = excluded.max_version`,
    [key.teamId, key.entity, key.id, record.space, record.ownerId, maxVersion],
  );
}

/** Writes fields of one record in one statement. */
export async function writeFields(tx: Queryable, key: RecordKey, writes: readonly FieldWrite[]): Promise<void> {
  if (writes.length === 0) return;
  const params: unknown[] = [key.teamId, key.entity, key.id];
  const rows = writes.map((w) => {
    const at = params.length;
    params.push(w.field, JSON.stringify(w.value), w.version, w.hlc, w.writer?.userId ?? null, w.writer?.clientId ?? null);
    return `($1, $2, $3, $${at + 1}, $${at + 2}::jsonb, $${at + 3}, $${at + 4}, $${at + 5}, $${at + 6})`;
  });
  await tx.query(
    `INSERT INTO fields (team_id, entity, record_id, field, value, version, hlc, writer_user_id, writer_client_id)
     VALUES ${rows.join(', ')}
     ON CONFLICT (team_id, entity, record_id, field) DO UPDATE SET value = excluded.value, version = excluded.version,
       hlc = excluded.hlc, writer_user_id = excluded.writer_user_id, writer_client_id = excluded.writer_client_id`,
    params,
  );
}
