import type { EntityName } from '../../../shared/domain/entities';
import { createHlcState, receiveHlc, tickHlc, type HlcState } from '../../../shared/sync/hlc';
import { randomHex } from '../lib/ids';
import type { RapportDb } from './db';
import { isClockSane, type HeldMutation, type MetaKey, type MetaRow, type OutboxEntry, type OutboxField, type Rejection, type StoredOutboxEntry } from './sync-state-schema';

/*
 * The one owner of sync bookkeeping: the outbox, record metadata, installation facts (meta),
 * rejections, mutations held for a wrong clock and pulled records set aside. The data layer, the sync
 * client, backup/restore and the sample loader all go through these functions; each runs inside the
 * caller's transaction when there is one.
 */

/** The bookkeeping tables a transaction that writes records and their mutations must include. */
export function syncStateTables(db: RapportDb) {
  return [db.recordMeta, db.outbox, db.meta, db.rejections, db.held, db.setAside];
}

/** The bookkeeping table names (never records themselves). */
export const syncStateTableNames: readonly string[] = ['recordMeta', 'outbox', 'meta', 'rejections', 'held', 'setAside'];

/** An installation fact's value, or undefined when not set. */
export async function readMeta<K extends MetaKey>(db: RapportDb, key: K): Promise<MetaValue<K> | undefined> {
  const row: { key: string; value: unknown } | undefined = await db.meta.get(key);
  return row?.key === key ? (row.value as MetaValue<K>) : undefined;
}

/** The value type of an installation fact. */
export type MetaValue<K extends MetaKey> = { [R in MetaRow as R['key']]: R['value'] }[K];

/** Stores installation facts. */
export async function writeMeta(db: RapportDb, ...rows: MetaRow[]): Promise<void> {
  await db.meta.bulkPut(rows);
}

/** This installation's clientId, created once. */
export async function clientIdOf(db: RapportDb): Promise<string> {
  const known = await readMeta(db, 'clientId');
  if (known) return known;
  const clientId = newClientId();
  await writeMeta(db, { key: 'clientId', value: clientId });
  return clientId;
}

function newClientId(): string {
  return `c${randomHex(15)}`;
}

/**
 * The stored clock, never more than the allowed skew ahead of the physical time (PROTOCOL 1.1): a
 * clock that once ran ahead is brought back, or every later edit would be refused as `clock_skew`.
 */
export async function readClock(db: RapportDb, nowMs: number): Promise<HlcState> {
  const clock = (await readMeta(db, 'clock')) ?? createHlcState(randomHex(16));
  return isClockSane(clock, nowMs) ? clock : { wallMs: nowMs, counter: 0, node: clock.node };
}

/** Advances the stored clock past pulled HLCs (the HLC receive rule). */
export async function receiveClock(db: RapportDb, latestPulled: string | undefined, nowMs: number): Promise<HlcState> {
  const clock = await readClock(db, nowMs);
  const next = latestPulled ? receiveHlc(clock, latestPulled, nowMs) : clock;
  return isClockSane(next, nowMs) ? next : clock;
}

/** Issues `count` consecutive HLCs and mutation ids, advancing the stored clock and counter once. */
export async function issueStamps(db: RapportDb, count: number, nowMs: number): Promise<{ hlc: string; mutationId: number }[]> {
  let clock = await readClock(db, nowMs);
  const first = (await readMeta(db, 'nextMutationId')) ?? 1;
  const stamps: { hlc: string; mutationId: number }[] = [];
  for (let i = 0; i < count; i += 1) {
    const ticked = tickHlc(clock, nowMs);
    clock = ticked.state;
    stamps.push({ hlc: ticked.hlc, mutationId: first + i });
  }
  await writeMeta(db, { key: 'clock', value: clock }, { key: 'nextMutationId', value: first + count });
  return stamps;
}

/** The next mutation id this installation will use. */
export async function nextMutationIdOf(db: RapportDb): Promise<number> {
  return (await readMeta(db, 'nextMutationId')) ?? 1;
}

/** A stored outbox entry in push shape (PROTOCOL 1.1): plain values become fields based on version 0; push-shaped entries (all of older versions) are returned as they are. */
export function expandOutboxEntry(stored: StoredOutboxEntry): OutboxEntry {
  const { values, fields, ...rest } = stored;
  if (fields) return { ...rest, fields };
  const expanded: Record<string, OutboxField> = {};
  for (const [field, value] of Object.entries(values ?? {})) expanded[field] = { value, base: 0 };
  return { ...rest, fields: expanded };
}

/** The names of the fields a stored outbox entry changes, in either shape. */
export function outboxEntryFieldNames(stored: { fields?: Record<string, unknown>; values?: Record<string, unknown> }): string[] {
  return Object.keys(stored.fields ?? stored.values ?? {});
}

/** The oldest mutations waiting to be pushed, in push shape. */
export async function outboxHead(db: RapportDb, limit: number): Promise<OutboxEntry[]> {
  return (await db.outbox.orderBy('mutationId').limit(limit).toArray()).map(expandOutboxEntry);
}

/** Every pending local mutation: in the outbox (either stored shape) or held for the clock. */
async function readPendingMutations(db: RapportDb): Promise<(StoredOutboxEntry | HeldMutation)[]> {
  return [...(await db.outbox.toArray()), ...(await db.held.toArray())];
}

/** The fields with a pending local mutation (in the outbox or held for the clock), per `entity:id`. */
export async function pendingFieldsByRecord(db: RapportDb): Promise<Map<string, Set<string>>> {
  const pending = new Map<string, Set<string>>();
  for (const entry of await readPendingMutations(db)) {
    const key = `${entry.entity}:${entry.id}`;
    const fields = pending.get(key) ?? new Set<string>();
    for (const field of outboxEntryFieldNames(entry)) fields.add(field);
    pending.set(key, fields);
  }
  return pending;
}

/** How many pending mutations (outbox and held) change each field of each record, kept current as a push's answer is settled. */
export type PendingFields = {
  /** Whether a pending mutation still changes this field of this record. */
  has(entity: string, id: string, field: string): boolean;
  /** Counts a mutation that became pending (held for the clock) or stopped being (left the outbox). */
  count(entry: { entity: string; id: string; fields: Record<string, unknown> }, delta: 1 | -1): void;
};

/**
 * The fields with a pending mutation, read from the outbox and the held mutations once (inside the
 * caller's transaction) and then kept current with `count`, so settling a push answer with many
 * refusals reads the outbox once, not once per refusal.
 */
export async function readPendingFields(db: RapportDb): Promise<PendingFields> {
  const counts = new Map<string, number>();
  const keyOf = (entity: string, id: string, field: string) => `${entity}\u0000${id}\u0000${field}`;
  const add = (entity: string, id: string, fields: string[], delta: number) => {
    for (const field of fields) {
      const key = keyOf(entity, id, field);
      const next = (counts.get(key) ?? 0) + delta;
      if (next > 0) counts.set(key, next);
      else counts.delete(key);
    }
  };
  for (const entry of await readPendingMutations(db)) add(entry.entity, entry.id, outboxEntryFieldNames(entry), 1);
  return {
    has: (entity, id, field) => counts.has(keyOf(entity, id, field)),
    count: (entry, delta) => add(entry.entity, entry.id, Object.keys(entry.fields), delta),
  };
}

/** Records rejections the user has to see. */
export async function addRejections(db: RapportDb, rows: Rejection[]): Promise<void> {
  if (rows.length > 0) await db.rejections.bulkAdd(rows);
}

/** Forgets a rejection the user has dealt with. */
export function dismissRejection(db: RapportDb, seq: number): Promise<void> {
  return db.rejections.delete(seq);
}

/** Keeps a mutation refused for the device clock, to re-stamp and send again once the clock is right. */
export async function holdForClock(db: RapportDb, entry: OutboxEntry): Promise<void> {
  const held: HeldMutation = { hlc: entry.hlc, entity: entry.entity, id: entry.id, space: entry.space, fields: entry.fields, reason: 'clock_skew' };
  await db.held.add(held);
}

/**
 * Sends held mutations again, re-stamped with the current (sane) clock, ahead of the edits queued
 * since (which are renumbered after them, unsent as they are), so a record's create still reaches
 * the server before its later edits. Returns how many were released.
 */
export async function releaseHeld(db: RapportDb, nowMs: number): Promise<number> {
  const held = await db.held.orderBy('seq').toArray();
  if (held.length === 0) return 0;
  const queued = await db.outbox.orderBy('mutationId').toArray();
  const first = queued[0]?.mutationId ?? (await nextMutationIdOf(db));
  await writeMeta(db, { key: 'nextMutationId', value: first });
  const stamps = await issueStamps(db, held.length, nowMs);
  const released: StoredOutboxEntry[] = held.map((h, i) => ({ ...stampAt(stamps, i), entity: h.entity, id: h.id, space: h.space, fields: h.fields }));
  const after = first + held.length;
  await db.outbox.clear();
  await db.outbox.bulkAdd([...released, ...queued.map((m, i) => ({ ...m, mutationId: after + i }))]);
  await writeMeta(db, { key: 'nextMutationId', value: after + queued.length });
  await db.held.clear();
  return held.length;
}

function stampAt(stamps: { hlc: string; mutationId: number }[], i: number): { hlc: string; mutationId: number } {
  const stamp = stamps[i];
  if (!stamp) throw new Error('Clock stamps ran out');
  return stamp;
}

/**
 * Becomes a new installation for the server (PROTOCOL 1.1 "Restores and new installations"): a new
 * clientId, the outbox renumbered from 1 in its order, the next mutation id after it. Used after a
 * restore, and when the server has already seen mutation ids this device is about to send.
 */
export async function takeNewClientId(db: RapportDb): Promise<string> {
  const clientId = newClientId();
  await renumberOutbox(db);
  await writeMeta(db, { key: 'clientId', value: clientId });
  return clientId;
}

/** Renumbers the outbox from 1, keeping its order, and sets the next mutation id after it. */
export async function renumberOutbox(db: RapportDb, keep: (entry: StoredOutboxEntry) => boolean = () => true): Promise<void> {
  const kept = (await db.outbox.orderBy('mutationId').toArray()).filter(keep);
  await db.outbox.clear();
  await db.outbox.bulkAdd(kept.map((m, i) => ({ ...m, mutationId: i + 1 })));
  await writeMeta(db, { key: 'nextMutationId', value: kept.length + 1 });
}

/** Sets aside a pulled record that does not parse; it leaves its table so no screen reads it. */
export async function setAside(db: RapportDb, entity: EntityName, rows: { id: string; record: Record<string, unknown>; problem: string }[], nowIso: string): Promise<void> {
  if (rows.length === 0) return;
  await db.setAside.bulkPut(rows.map((r) => ({ entity, id: r.id, record: r.record, problem: r.problem, at: nowIso })));
}
