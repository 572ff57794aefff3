import type { Queryable } from '../db/database';
import type { StoredField, Writer } from '../../../shared/sync/merge';
import type { Space } from '../../../shared/sync/protocol';
import { teamChangesChannel } from './team-changes';

/** A record's identity and ownership as stored. */
export type StoredRecord = { space: Space; ownerId: string };

/** The key of a record inside a team. */
export type RecordKey = { teamId: string; entity: string; id: string };

/** One field write: value, version, HLC and writer. */
export type FieldWrite = { field: string; value: unknown; version: number; hlc: string; writer: Writer };

/** A stored record with every field, by name. */
export type LoadedRecord = StoredRecord & { fields: Map<string, StoredField> };

type RecordRow = [
  entity: string, id: string, space: Space, ownerId: string, field: string | null, value: unknown, version: number, hlc: string,
  writerUserId: string | null, writerClientId: string | null,
];

/** An installation of a user. */
export type ClientKey = { userId: string; clientId: string };

/** The map key of an installation. */
export const clientKeyOf = (c: ClientKey): string => `${c.userId}\u0000${c.clientId}`;

/** What pushes know before deciding: the last mutation id of each installation that has one (by clientKeyOf) and which member ids are users. */
export type PushState = { lastMutationIds: Map<string, number>; teamUsers: Set<string> };

const keyOf = (entity: string, id: string) => `${entity}\u0000${id}`;

/**
 * The records one push reads and writes, inside its transaction: every record the push names is
 * read in one statement before the mutations are decided, the decisions read and write this copy,
 * and `flush` writes the final state of every changed record and field in one statement. The push holds its team's lock, so nobody else writes these records meanwhile.
 */
export class PushRecordStore {
  private readonly records = new Map<string, LoadedRecord | null>();
  private readonly changedRecords = new Map<string, { entity: string; id: string; record: StoredRecord; maxVersion: number }>();
  private readonly changedFields = new Map<string, { entity: string; id: string; write: FieldWrite }>();

  constructor(private readonly tx: Queryable, private readonly teamId: string) {}

  /** Reads the named records with all their fields (one statement). */
  async load(keys: readonly { entity: string; id: string }[]): Promise<void> {
    const wanted = this.unknownKeys(keys);
    if (wanted === null) return;
    const rows = await this.tx.query<{ state: string }>(`SELECT ${recordsSelect('$1', '$2')}::text AS state`, [this.teamId, wanted]);
    this.absorb(JSON.parse(rows[0]?.state ?? '[]') as RecordRow[]);
  }

  /**
   * What pushes read before they decide, in one statement: each installation's last mutation id,
   * which of `memberIds` are users of the team, and the named records with all their fields.
   */
  async loadForPush(keys: readonly { entity: string; id: string }[], clients: readonly ClientKey[], memberIds: readonly string[]): Promise<PushState> {
    const rows = await this.tx.query<{ state: string }>(
      `SELECT json_build_object(
         'progress', (SELECT coalesce(json_agg(json_build_array(p.user_id, p.client_id, p.last_mutation_id)), '[]'::json)
           FROM jsonb_to_recordset($3::jsonb) AS c(u text, c text)
           JOIN client_progress p ON p.user_id = c.u AND p.client_id = c.c),
         'users', (SELECT coalesce(json_agg(id), '[]'::json) FROM users WHERE team_id = $1 AND id = ANY($4::text[])),
         'records', ${recordsSelect('$1', '$2')})::text AS state`,
      [this.teamId, this.unknownKeys(keys) ?? '[]', JSON.stringify(clients.map((c) => ({ u: c.userId, c: c.clientId }))), [...new Set(memberIds)]],
    );
    const state = JSON.parse(rows[0]?.state ?? '{}') as { progress: [string, string, number][]; users: string[]; records: RecordRow[] };
    this.absorb(state.records);
    return {
      lastMutationIds: new Map(state.progress.map(([userId, clientId, last]) => [clientKeyOf({ userId, clientId }), last])),
      teamUsers: new Set(state.users),
    };
  }

  /** The keys not read yet, as the JSON parameter of a read (null when there are none); marks them as read. */
  private unknownKeys(keys: readonly { entity: string; id: string }[]): string | null {
    const wanted = keys.filter((k) => !this.records.has(keyOf(k.entity, k.id)));
    if (wanted.length === 0) return null;
    for (const k of wanted) this.records.set(keyOf(k.entity, k.id), null);
    return JSON.stringify(wanted.map(({ entity, id }) => ({ entity, id })));
  }

  private absorb(rows: readonly RecordRow[]): void {
    for (const [entity, id, space, ownerId, field, value, version, hlc, writerUserId, writerClientId] of rows) {
      const key = keyOf(entity, id);
      let loaded = this.records.get(key);
      if (!loaded) {
        loaded = { space, ownerId, fields: new Map() };
        this.records.set(key, loaded);
      }
      if (field === null) continue;
      const writer: Writer = writerUserId !== null && writerClientId !== null ? { userId: writerUserId, clientId: writerClientId } : null;
      loaded.fields.set(field, { value, version, hlc, writer });
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

  /**
   * Writes every changed record and field in one statement; with `progress`, also installations'
   * last mutation ids, and with `teamVersion`, the team's new version and its announcement
   * (PostgreSQL delivers the notification at commit).
   */
  async flush(extra: { progress?: readonly (ClientKey & { last: number })[]; teamVersion?: number } = {}): Promise<void> {
    const records = [...this.changedRecords.values()].map((r) => ({ entity: r.entity, id: r.id, space: r.record.space, owner: r.record.ownerId, v: r.maxVersion }));
    // Each value travels wrapped in an array: a bare JSON null would become SQL NULL in the recordset.
    const fields = [...this.changedFields.values()].map(({ entity, id, write: w }) => ({
      entity, id, field: w.field, value: [w.value], v: w.version, hlc: w.hlc, wu: w.writer?.userId ?? null, wc: w.writer?.clientId ?? null,
    }));
    const { progress, teamVersion } = extra;
    const clients = (progress ?? []).map((p) => ({ u: p.userId, c: p.clientId, last: p.last }));
    if (records.length > 0 || fields.length > 0 || clients.length > 0 || teamVersion !== undefined) {
      await this.tx.query(writeSql, [
        this.teamId, JSON.stringify(records), JSON.stringify(fields), JSON.stringify(clients), teamVersion ?? null, teamChangesChannel,
      ]);
    }
    this.changedRecords.clear();
    this.changedFields.clear();
  }
}

/**
 * The records named in the JSON parameter `keys` with every field, as a JSON array of
 * [entity, id, space, owner, field, value, version, hlc, writer user, writer client] (field null for a record without fields).
 */
function recordsSelect(team: string, keys: string): string {
  return `(SELECT coalesce(json_agg(json_build_array(r.entity, r.id, r.space, r.owner_id, f.field, f.value, f.version, f.hlc, f.writer_user_id, f.writer_client_id)), '[]'::json)
     FROM jsonb_to_recordset(${keys}::jsonb) AS k(entity text, id text)
     JOIN records r ON r.team_id = ${team} AND r.entity = k.entity AND r.id = k.id
     LEFT JOIN fields f ON f.team_id = r.team_id AND f.entity = r.entity AND f.record_id = r.id)`;
}

/**
 * One statement for everything a push writes. Data-modifying WITH parts all run (referenced or not);
 * the fields' foreign key to their record is checked at the end of the statement, after both inserts.
 */
const writeSql = `
  WITH recs AS (
    INSERT INTO records (team_id, entity, id, space, owner_id, max_version)
    SELECT $1, r.entity, r.id, r.space, r.owner, r.v FROM jsonb_to_recordset($2::jsonb) AS r(entity text, id text, space text, owner text, v bigint)
    ON CONFLICT (team_id, entity, id) DO UPDATE SET max_version = excluded.max_version),
  flds AS (
    INSERT INTO fields (team_id, entity, record_id, field, value, version, hlc, writer_user_id, writer_client_id)
    SELECT $1, f.entity, f.id, f.field, f.value -> 0, f.v, f.hlc, f.wu, f.wc
    FROM jsonb_to_recordset($3::jsonb) AS f(entity text, id text, field text, value jsonb, v bigint, hlc text, wu text, wc text)
    ON CONFLICT (team_id, entity, record_id, field) DO UPDATE SET value = excluded.value, version = excluded.version,
      hlc = excluded.hlc, writer_user_id = excluded.writer_user_id, writer_client_id = excluded.writer_client_id),
  progress AS (
    INSERT INTO client_progress (user_id, client_id, last_mutation_id)
    SELECT p.u, p.c, p.last FROM jsonb_to_recordset($4::jsonb) AS p(u text, c text, last bigint)
    ON CONFLICT (user_id, client_id) DO UPDATE SET last_mutation_id = excluded.last_mutation_id),
  team AS (UPDATE teams SET version = $5::bigint WHERE id = $1 AND $5::bigint IS NOT NULL)
  SELECT pg_notify($6, $1 || ' ' || $5::bigint) WHERE $5::bigint IS NOT NULL`;
