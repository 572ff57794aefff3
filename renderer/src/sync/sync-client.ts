import { mergePulledChange, type PulledState } from '../../../shared/sync/apply-pulled';
import { isEntityName, type EntityName } from '../../../shared/domain/entities';
import { createHlcState, greatestHlc, receiveHlc, type HlcState } from '../../../shared/sync/hlc';
import { maxMutationsPerPush, pullResponseSchema, pushResponseSchema, type MutationResult, type PullResponse } from '../../../shared/sync/protocol';
import type { Table } from 'dexie';
import type { OutboxEntry, RapportDb, RecordMeta } from '../db/db';
import { randomHex } from '../lib/ids';
import { problemFromResponse, type SyncProblem } from './sync-errors';
import type { SyncTransport } from './transport';

/** The outcome of one sync round. */
export type SyncOutcome = { ok: true; pushed: number; pulled: number; conflicts: number; rejected: number } | { ok: false; problem: SyncProblem };

/** Progress of a round, for the indicator (large first syncs page through many records). */
export type SyncProgress = {
  phase: 'pushing' | 'pulling';
  done: number;
  total?: number;
  /** While pulling: the greatest version received so far (compared with the server's version, how far a first sync has come). */
  reachedVersion?: number;
};

const pushBatch = Math.min(200, maxMutationsPerPush);
/** Records per pulled page: large pages keep the per-request cost small next to the writing. */
const pullPageSize = 2000;

/** This installation's clientId, created once and kept in the database. */
export async function clientIdOf(db: RapportDb): Promise<string> {
  const row = await db.meta.get('clientId');
  if (row?.key === 'clientId') return row.value;
  const clientId = `c${randomHex(15)}`;
  await db.meta.put({ key: 'clientId', value: clientId });
  return clientId;
}

/**
 * One sync round (PROTOCOL.md): push the outbox in order until it is empty, then pull every page
 * of changes. A failed request changes nothing locally and the round reports why; the next round
 * resends, and the server's mutation ids make resends safe.
 */
export async function syncOnce(db: RapportDb, transport: SyncTransport, onProgress: (p: SyncProgress) => void = () => undefined, now: () => number = Date.now): Promise<SyncOutcome> {
  const clientId = await clientIdOf(db);
  let pushed = 0;
  let conflicts = 0;
  let rejected = 0;
  try {
    for (;;) {
      const batch = await db.outbox.orderBy('mutationId').limit(pushBatch).toArray();
      if (batch.length === 0) break;
      onProgress({ phase: 'pushing', done: pushed, total: pushed + (await db.outbox.count()) });
      const response = await transport({ method: 'POST', path: '/v1/sync/push', body: { clientId, mutations: batch.map(toWire) } });
      if (response.status !== 200) return { ok: false, problem: problemFromResponse(response.status, response.body) };
      const parsed = pushResponseSchema.safeParse(response.body);
      if (!parsed.success) return { ok: false, problem: { kind: 'server', message: 'The server answered a push in an unexpected shape.' } };
      const settled = await settlePush(db, batch, parsed.data.results, now);
      pushed += settled.processed;
      conflicts += settled.conflicts;
      rejected += settled.rejected;
      if (settled.processed === 0) break; // out of order: the server is behind us; pull, then try again next round
    }
    const pulled = await pullAll(db, transport, clientId, onProgress, now);
    if (typeof pulled !== 'number') return { ok: false, problem: pulled };
    await db.meta.put({ key: 'lastSyncAt', value: new Date(now()).toISOString() });
    return { ok: true, pushed, pulled, conflicts, rejected };
  } catch (error) {
    return { ok: false, problem: { kind: 'offline', message: `The server cannot be reached (${error instanceof Error ? error.message : String(error)}).` } };
  }
}

function toWire(entry: OutboxEntry) {
  return { mutationId: entry.mutationId, hlc: entry.hlc, entity: entry.entity, id: entry.id, space: entry.space, fields: entry.fields };
}

/** Removes processed mutations from the outbox; records rejections and puts back the last pulled values. */
async function settlePush(db: RapportDb, batch: OutboxEntry[], results: MutationResult[], now: () => number) {
  const byId = new Map(batch.map((m) => [m.mutationId, m]));
  let processed = 0;
  let conflicts = 0;
  let rejected = 0;
  await db.transaction('rw', db.tables, async () => {
    for (const result of results) {
      const entry = byId.get(result.mutationId);
      if (!entry || result.status === 'out_of_order') continue;
      processed += 1;
      await db.outbox.delete(entry.mutationId);
      if (result.status === 'conflict') conflicts += result.conflicts.length;
      if (result.status !== 'rejected') continue;
      rejected += 1;
      const fields = result.field ? [result.field] : Object.keys(entry.fields);
      for (const field of fields) {
        await db.rejections.add({ entity: entry.entity, recordId: entry.id, field, reason: result.reason, message: result.message, typed: entry.fields[field]?.value ?? null, at: new Date(now()).toISOString() });
      }
      await restorePulledValues(db, entry);
    }
  });
  return { processed, conflicts, rejected };
}

async function restorePulledValues(db: RapportDb, entry: OutboxEntry) {
  if (!isEntityName(entry.entity)) return;
  const meta = await db.recordMeta.get([entry.entity, entry.id]);
  if (!meta?.values) return;
  const stillPending = await pendingFields(db, entry.entity, entry.id);
  const patch: Record<string, unknown> = {};
  const values = { ...meta.values };
  for (const field of Object.keys(entry.fields)) {
    if (stillPending.has(field) || !(field in values)) continue;
    patch[field] = values[field];
    delete values[field]; // the record holds the server's value again
  }
  if (Object.keys(patch).length === 0) return;
  await db.table(entry.entity).update(entry.id, patch);
  await db.recordMeta.put({ ...meta, values });
}

async function pendingFields(db: RapportDb, entity: string, id: string): Promise<Set<string>> {
  const entries = await db.outbox.where('[entity+id]').equals([entity, id]).toArray();
  return new Set(entries.flatMap((e) => Object.keys(e.fields)));
}

type PullPage = PullResponse;

/** Asks for one page; a failed request is kept as a rejected promise until the loop awaits it. */
function requestPage(transport: SyncTransport, clientId: string, cursor: string | null) {
  const request = transport({ method: 'POST', path: '/v1/sync/pull', body: { clientId, cursor, limit: pullPageSize } });
  request.catch(() => undefined); // awaited (and its failure reported) by the loop
  return request;
}

/**
 * Pulls every page from the stored cursor, applying each page in one transaction. The next page is
 * requested while the current one is written, so the server's work and ours overlap; the cursor is
 * stored with each applied page, so an interrupted first sync resumes where it stopped.
 * Returns the records applied.
 */
async function pullAll(db: RapportDb, transport: SyncTransport, clientId: string, onProgress: (p: SyncProgress) => void, now: () => number): Promise<number | SyncProblem> {
  let applied = 0;
  const cursorRow = await db.meta.get('syncCursor');
  let cursor = cursorRow?.key === 'syncCursor' ? cursorRow.value : null;
  // A device with no synced or local records yet (a first sync) need not look up what it knows of
  // each pulled record, except records this pull already brought (a record may come again).
  const firstSync = cursor === null && (await db.recordMeta.count()) === 0;
  let pulledNow = firstSync ? new Set<string>() : null;
  let next = requestPage(transport, clientId, cursor);
  for (;;) {
    const response = await next;
    if (response.status === 410) {
      // The server was restored or reset: start over from nothing known, keeping the outbox.
      if (cursor === null) return { kind: 'server', message: 'The server keeps refusing a fresh pull.' };
      await db.meta.put({ key: 'syncCursor', value: null });
      cursor = null;
      pulledNow = null; // what was applied before the reset is read back normally
      next = requestPage(transport, clientId, cursor);
      continue;
    }
    if (response.status !== 200) return problemFromResponse(response.status, response.body);
    const parsed = pullResponseSchema.safeParse(response.body);
    if (!parsed.success) return { kind: 'server', message: 'The server answered a pull in an unexpected shape.' };
    const page = parsed.data;
    if (page.more) next = requestPage(transport, clientId, page.cursor);
    await applyPage(db, page, now, pulledNow);
    cursor = page.cursor;
    applied += page.changes.length;
    onProgress({ phase: 'pulling', done: applied, reachedVersion: greatestVersion(page) });
    if (!page.more) return applied;
  }
}

/**
 * Applies one pulled page and stores its cursor, in one transaction with bulk reads and writes per
 * entity, written in slices so the window keeps answering between them. `pulledNow` (on a first
 * sync) holds the records this pull has written so far: only those have sync state to read.
 */
async function applyPage(db: RapportDb, page: PullPage, now: () => number, pulledNow: Set<string> | null): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    const pending = await pendingFieldsByRecord(db);
    const byEntity = new Map<EntityName, PullPage['changes']>();
    for (const change of page.changes) {
      if (!isEntityName(change.entity)) continue;
      const changes = byEntity.get(change.entity);
      if (changes) changes.push(change);
      else byEntity.set(change.entity, [change]);
    }
    for (const [entity, changes] of byEntity) {
      const table = db.table(entity);
      const metas = await readSyncState(db, entity, changes.map((c) => c.id), pulledNow);
      // Every local record has its sync state (the data layer writes both), so a record without one
      // is new here and need not be read: on a first sync nothing is.
      const knownIds = [...new Set(changes.filter((_, i) => metas[i]).map((c) => c.id))];
      const known = knownIds.length === 0 ? [] : ((await table.bulkGet(knownIds)) as (Record<string, unknown> | undefined)[]);
      const latest = new Map<string, Record<string, unknown> | undefined>(knownIds.map((id, i) => [id, known[i]]));
      const latestMeta = new Map<string, RecordMeta>();
      const recordWrites = new Map<string, Record<string, unknown>>();
      changes.forEach((change, i) => {
        const metaRow = latestMeta.get(change.id) ?? metas[i];
        const state: PulledState | undefined = metaRow ? { space: metaRow.space, versions: metaRow.versions, values: metaRow.values ?? {} } : undefined;
        const merged = mergePulledChange(change, state, pending.get(`${entity}:${change.id}`) ?? noFields);
        const existing = latest.get(change.id);
        // Built without object spread: spreading these many-keyed objects dominated a first sync.
        latestMeta.set(change.id, { entity, id: change.id, space: merged.state.space, versions: merged.state.versions, values: merged.state.values });
        if (existing && Object.keys(merged.recordPatch).length === 0) return;
        const record = existing ? Object.assign({}, existing, merged.recordPatch) : Object.assign(merged.recordPatch, { id: change.id });
        latest.set(change.id, record);
        recordWrites.set(change.id, record);
      });
      await putInSlices(table, [...recordWrites.values()]);
      await putInSlices(db.recordMeta, [...latestMeta.values()]);
      if (pulledNow) for (const id of latestMeta.keys()) pulledNow.add(`${entity}:${id}`);
    }
    const latestHlc = greatestHlc(page.changes.flatMap((c) => Object.values(c.fields).map((f) => f.hlc)));
    const clock = await readClock(db);
    await db.meta.bulkPut([
      { key: 'clock', value: latestHlc ? receiveHlc(clock, latestHlc, now()) : clock },
      { key: 'syncCursor', value: page.cursor },
    ]);
  });
}

const noFields: ReadonlySet<string> = new Set();

/** Records per bulk write: IndexedDB copies each value on the calling thread, so a slice is a short task. */
const writeSlice = 250;

/** Writes rows in slices, each awaited, inside the caller's transaction. */
async function putInSlices<T>(table: Table<T>, rows: readonly T[]): Promise<void> {
  for (let i = 0; i < rows.length; i += writeSlice) await table.bulkPut(rows.slice(i, i + writeSlice));
}

/** The sync state of pulled records (undefined when none); on a first sync only records this pull wrote have one. */
async function readSyncState(db: RapportDb, entity: EntityName, ids: readonly string[], pulledNow: Set<string> | null): Promise<(RecordMeta | undefined)[]> {
  if (!pulledNow) return db.recordMeta.bulkGet(ids.map((id) => [entity, id] as [string, string]));
  const again = ids.filter((id) => pulledNow.has(`${entity}:${id}`));
  if (again.length === 0) return ids.map(() => undefined);
  const found = await db.recordMeta.bulkGet(again.map((id) => [entity, id] as [string, string]));
  const byId = new Map(again.map((id, i) => [id, found[i]]));
  return ids.map((id) => byId.get(id));
}

/** The fields with a pending local mutation, per `entity:id`. */
async function pendingFieldsByRecord(db: RapportDb): Promise<Map<string, Set<string>>> {
  const pending = new Map<string, Set<string>>();
  for (const entry of await db.outbox.toArray()) {
    const key = `${entry.entity}:${entry.id}`;
    const fields = pending.get(key) ?? new Set<string>();
    for (const field of Object.keys(entry.fields)) fields.add(field);
    pending.set(key, fields);
  }
  return pending;
}

/** The greatest field version in a page: how far into the team's history the pull has come. */
function greatestVersion(page: PullPage): number {
  let greatest = 0;
  for (const change of page.changes) for (const field of Object.values(change.fields)) greatest = Math.max(greatest, field.version);
  return greatest;
}

async function readClock(db: RapportDb): Promise<HlcState> {
  const row = await db.meta.get('clock');
  return row?.key === 'clock' ? row.value : createHlcState(randomHex(16));
}
