import { mergePulledChange, type PulledState } from '../../../shared/sync/apply-pulled';
import { entityNames, isEntityName, type EntityName } from '../../../shared/domain/entities';
import { compileFastCheck } from '../../../shared/domain/fast-record-check';
import { readRecord } from '../../../shared/domain/record-check';
import { greatestHlc } from '../../../shared/sync/hlc';
import { pullResponseSchema, type PullResponse } from '../../../shared/sync/protocol';
import type { Table } from 'dexie';
import { duringBulkWrite } from '../db/bulk-writes';
import type { RapportDb, RecordMeta } from '../db/db';
import { pendingFieldsByRecord, readMeta, receiveClock, setAside, writeMeta } from '../db/sync-state';
import { putInTransaction } from './native-put';
import { problemFromResponse, type SyncProblem } from './sync-errors';
import type { SyncTransport } from './transport';

/** Records per pulled page: large pages keep the per-request cost small next to the writing. */
const pullPageSize = 2000;

/** Asks for one page; a failed request is kept as a rejected promise until the loop awaits it. */
function requestPage(transport: SyncTransport, clientId: string, cursor: string | null) {
  const request = transport({ method: 'POST', path: '/v1/sync/pull', body: { clientId, cursor, limit: pullPageSize } });
  request.catch(() => undefined); // awaited (and its failure reported) by the loop
  return request;
}

const pullResponseCheck = compileFastCheck(pullResponseSchema);

/** The page a pull answered, checked (the compiled check first, zod when it is not sure), or null when malformed. */
function readPullResponse(body: unknown): PullResponse | null {
  if (pullResponseCheck?.(body)) return body as PullResponse;
  const parsed = pullResponseSchema.safeParse(body);
  return parsed.success ? parsed.data : null;
}

/** What one page brought, for the progress shown. */
export type PulledPage = { records: number; reachedVersion: number };

/**
 * Pulls every page from the stored cursor, applying each page in one transaction. The next page is
 * requested while the current one is written, so the server's work and ours overlap; the cursor is
 * stored with each applied page, so an interrupted first sync resumes where it stopped.
 * Returns the records applied.
 */
export function pullAll(db: RapportDb, transport: SyncTransport, clientId: string, onPage: (page: PulledPage, total: number) => void, now: () => number): Promise<number | SyncProblem> {
  // A bulk write: derived data (health scores) is recomputed once at the end, not after every page.
  return duringBulkWrite(() => pullPages(db, transport, clientId, onPage, now));
}

async function pullPages(db: RapportDb, transport: SyncTransport, clientId: string, onPage: (page: PulledPage, total: number) => void, now: () => number): Promise<number | SyncProblem> {
  let applied = 0;
  let cursor = (await readMeta(db, 'syncCursor')) ?? null;
  // A device with no synced or local records yet (a first sync) need not look up what it knows of
  // each pulled record, except records this pull already brought (a record may come again).
  const firstSync = cursor === null && (await holdsNothing(db));
  let pulledNow = firstSync ? new Set<string>() : null;
  let next = requestPage(transport, clientId, cursor);
  for (;;) {
    const response = await next;
    if (response.status === 410) {
      // The server was restored or reset: start over from nothing known, keeping the outbox.
      if (cursor === null) return { kind: 'server', message: 'The server keeps refusing a fresh pull.' };
      await writeMeta(db, { key: 'syncCursor', value: null });
      cursor = null;
      pulledNow = null; // what was applied before the reset is read back normally
      next = requestPage(transport, clientId, cursor);
      continue;
    }
    if (response.status !== 200) return problemFromResponse(response.status, response.body);
    const page = readPullResponse(response.body);
    if (!page) return { kind: 'server', message: 'The server answered a pull in an unexpected shape.' };
    if (page.more) next = requestPage(transport, clientId, page.cursor);
    await applyPage(db, page, now, pulledNow);
    cursor = page.cursor;
    applied += page.changes.length;
    onPage({ records: page.changes.length, reachedVersion: greatestVersion(page) }, applied);
    if (!page.more) return applied;
  }
}

/**
 * Applies one pulled page and stores its cursor, in one transaction with bulk reads and writes per
 * entity, written in slices so the window keeps answering between them. `pulledNow` (on a first
 * sync) holds the records this pull has written so far: only those have sync state to read.
 * A record that does not parse (PROTOCOL 1.1: an incomplete create a server once accepted) is set
 * aside instead of written, and read back from there when a later change completes it.
 */
async function applyPage(db: RapportDb, page: PullResponse, now: () => number, pulledNow: Set<string> | null): Promise<void> {
  const nowIso = new Date(now()).toISOString();
  await db.transaction('rw', db.tables, async () => {
    const pending = await pendingFieldsByRecord(db);
    const byEntity = new Map<EntityName, PullResponse['changes']>();
    for (const change of page.changes) {
      if (!isEntityName(change.entity)) continue;
      const changes = byEntity.get(change.entity);
      if (changes) changes.push(change);
      else byEntity.set(change.entity, [change]);
    }
    const floor = await readMeta(db, 'pulledFloor');
    for (const [entity, changes] of byEntity) {
      const table = db.table(entity);
      // Kept across the slices of this entity: a record may come more than once in a page.
      const latest = new Map<string, Record<string, unknown> | undefined>();
      const aside = new Set<string>();
      const latestMeta = new Map<string, RecordMeta>();
      // One slice at a time (merge, check, write): the work between two awaited writes stays a short task.
      for (let start = 0; start < changes.length; start += writeSlice) {
        const slice = changes.slice(start, start + writeSlice);
        const ids = slice.map((c) => c.id);
        const metas = await readSyncState(db, entity, ids, pulledNow);
        // On a first sync only records this pull already wrote can exist here; otherwise any may (a record
        // a first sync stored has no metadata), so read them — an incremental pull is small.
        const unknownIds = [...new Set(ids.filter((id) => !latest.has(id) && (!pulledNow || pulledNow.has(`${entity}:${id}`))))];
        const known = await readKnown(db, table, entity, unknownIds);
        for (const [id, record] of known.latest) latest.set(id, record);
        for (const id of known.aside) aside.add(id);
        const metaNeeded = new Set<string>();
        const recordWrites = new Map<string, Record<string, unknown>>();
        slice.forEach((change, i) => {
          const metaRow = latestMeta.get(change.id) ?? metas[i];
          const existing = latest.get(change.id);
          const state: PulledState | undefined = metaRow
            ? { space: metaRow.space, versions: metaRow.versions, values: metaRow.values ?? {}, floor: metaRow.floor }
            : existing ? { space: 'team', versions: {}, values: {}, floor } : undefined;
          const merged = mergePulledChange(change, state, pending.get(`${entity}:${change.id}`) ?? noFields);
          // Built without object spread: spreading these many-keyed objects dominated a first sync.
          latestMeta.set(change.id, { entity, id: change.id, space: merged.state.space, versions: merged.state.versions, values: merged.state.values, floor: merged.state.floor });
          // A first sync stores team records without metadata (the floor stands for their versions): half the writes.
          if (!pulledNow || metaRow || change.space !== 'team') metaNeeded.add(change.id);
          if (existing && Object.keys(merged.recordPatch).length === 0) return;
          const record = existing ? Object.assign({}, existing, merged.recordPatch) : Object.assign(merged.recordPatch, { id: change.id });
          latest.set(change.id, record);
          recordWrites.set(change.id, record);
        });
        const { readable, unreadable } = sortReadable(entity, [...recordWrites.values()], nowIso);
        if (readable.length > 0) await putInTransaction(table, readable);
        if (unreadable.length > 0) {
          await table.bulkDelete(unreadable.map((u) => u.id));
          await setAside(db, entity, unreadable, nowIso);
          for (const u of unreadable) { metaNeeded.add(u.id); aside.add(u.id); }
        }
        const completed = readable.filter((r) => aside.has(String(r.id)));
        if (completed.length > 0) {
          await db.setAside.bulkDelete(completed.map((r) => [entity, String(r.id)] as [string, string]));
          for (const r of completed) aside.delete(String(r.id));
        }
        const metaRows: RecordMeta[] = [];
        for (const id of metaNeeded) { const meta = latestMeta.get(id); if (meta) metaRows.push(withoutEmptyFloor(meta)); }
        if (metaRows.length > 0) await putInTransaction(db.recordMeta, metaRows);
      }
      if (pulledNow) for (const id of latestMeta.keys()) pulledNow.add(`${entity}:${id}`);
    }
    if (pulledNow) await writeMeta(db, { key: 'pulledFloor', value: Math.max(floor ?? 0, greatestVersion(page)) });
    const latestHlc = greatestHlc(page.changes.flatMap((c) => Object.values(c.fields).map((f) => f.hlc)));
    await writeMeta(db, { key: 'clock', value: await receiveClock(db, latestHlc, now()) }, { key: 'syncCursor', value: page.cursor });
  });
}

/** Metadata as stored: no `floor` key when there is none. */
function withoutEmptyFloor(meta: RecordMeta): RecordMeta {
  if (meta.floor !== undefined) return meta;
  return { entity: meta.entity, id: meta.id, space: meta.space, versions: meta.versions, values: meta.values };
}

/** The records of `ids` as stored: in their table, or set aside while incomplete. */
async function readKnown(db: RapportDb, table: Table, entity: EntityName, ids: string[]) {
  if (ids.length === 0) return { latest: new Map<string, Record<string, unknown> | undefined>(), aside: new Set<string>() };
  const found = (await table.bulkGet(ids)) as (Record<string, unknown> | undefined)[];
  const missing = ids.filter((_, i) => !found[i]);
  const aside = missing.length === 0 ? [] : await db.setAside.bulkGet(missing.map((id) => [entity, id] as [string, string]));
  const asideById = new Map(missing.map((id, i) => [id, aside[i]?.record]));
  const latest = new Map<string, Record<string, unknown> | undefined>(ids.map((id, i) => [id, found[i] ?? asideById.get(id)]));
  return { latest, aside: new Set(missing.filter((id) => asideById.get(id))) };
}

/** Splits records into those the app can read (with defaults filled) and those to set aside, with why. */
function sortReadable(entity: EntityName, records: Record<string, unknown>[], nowIso: string) {
  const readable: Record<string, unknown>[] = [];
  const unreadable: { id: string; record: Record<string, unknown>; problem: string }[] = [];
  for (const record of records) {
    const read = readRecord(entity, record, nowIso);
    if (read.ok) readable.push(read.record);
    else unreadable.push({ id: String(record.id), record, problem: read.problem });
  }
  return { readable, unreadable };
}

const noFields: ReadonlySet<string> = new Set();

/** Records merged, checked and written at a time: IndexedDB copies each value on the calling thread, so a slice is a short task. */
const writeSlice = 250;


/** The sync state of pulled records (undefined when none); on a first sync only records this pull wrote have one. */
async function readSyncState(db: RapportDb, entity: EntityName, ids: readonly string[], pulledNow: Set<string> | null): Promise<(RecordMeta | undefined)[]> {
  if (!pulledNow) return db.recordMeta.bulkGet(ids.map((id) => [entity, id] as [string, string]));
  const again = ids.filter((id) => pulledNow.has(`${entity}:${id}`));
  if (again.length === 0) return ids.map(() => undefined);
  const found = await db.recordMeta.bulkGet(again.map((id) => [entity, id] as [string, string]));
  const byId = new Map(again.map((id, i) => [id, found[i]]));
  return ids.map((id) => byId.get(id));
}

/**
 * Whether the device holds nothing a pull could meet: no record metadata, no pending mutation and no
 * record. Records created here have no metadata row until they are pulled back, so an empty
 * metadata table alone does not say the device is empty.
 */
async function holdsNothing(db: RapportDb): Promise<boolean> {
  if ((await db.recordMeta.count()) > 0 || (await db.outbox.count()) > 0 || (await db.held.count()) > 0) return false;
  for (const entity of entityNames) if ((await db.table(entity).count()) > 0) return false;
  return true;
}

/** The greatest field version in a page: how far into the team's history the pull has come. */
function greatestVersion(page: PullResponse): number {
  let greatest = 0;
  for (const change of page.changes) for (const field of Object.values(change.fields)) greatest = Math.max(greatest, field.version);
  return greatest;
}
