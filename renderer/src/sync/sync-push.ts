import { isEntityName } from '../../../shared/domain/entities';
import { maxMutationsPerPush, pushResponseSchema, type MutationResult } from '../../../shared/sync/protocol';
import { splitIntoPushes } from '../../../shared/sync/push-size';
import type { OutboxEntry, RapportDb } from '../db/db';
import {
  addRejections, clientIdOf, holdForClock, nextMutationIdOf, outboxHead, readPendingFields, releaseHeld, takeNewClientId, type PendingFields,
} from '../db/sync-state';
import { problemFromResponse, type SyncProblem } from './sync-errors';
import type { SyncTransport } from './transport';

/** What pushing the outbox did. */
export type PushOutcome = { ok: true; pushed: number; conflicts: number; rejected: number; heldForClock: number } | { ok: false; problem: SyncProblem };

function toWire(entry: OutboxEntry) {
  return { mutationId: entry.mutationId, hlc: entry.hlc, entity: entry.entity, id: entry.id, space: entry.space, fields: entry.fields };
}

/**
 * Pushes the outbox in order until it is empty (PROTOCOL.md "Push"): each body stays under the size
 * and count limits; mutations held for a wrong clock are re-stamped and sent again first; and every
 * answer's `lastMutationId` is checked — when the server has already seen the ids this device is about
 * to use (a restored backup, a copied database), the device takes a new clientId and pushes again.
 */
export async function pushOutbox(db: RapportDb, transport: SyncTransport, onProgress: (done: number, total: number) => void, now: () => number): Promise<PushOutcome> {
  await db.transaction('rw', db.tables, async () => await releaseHeld(db, now()));
  let clientId = await clientIdOf(db);
  let pushed = 0;
  let conflicts = 0;
  let rejected = 0;
  let heldForClock = 0;
  let renewedClientId = false;
  for (;;) {
    const head = await outboxHead(db, maxMutationsPerPush);
    const batch = splitIntoPushes(head, Math.min(200, maxMutationsPerPush), (e) => JSON.stringify(toWire(e)).length)[0];
    if (!batch || batch.length === 0) break;
    onProgress(pushed, pushed + (await db.outbox.count()));
    const response = await transport({ method: 'POST', path: '/v1/sync/push', body: { clientId, mutations: batch.map(toWire) } });
    if (response.status !== 200) return { ok: false, problem: problemFromResponse(response.status, response.body) };
    const parsed = pushResponseSchema.safeParse(response.body);
    if (!parsed.success) return { ok: false, problem: { kind: 'server', message: 'The server answered a push in an unexpected shape.' } };
    if ((await nextMutationIdOf(db)) <= parsed.data.lastMutationId) {
      // The server already processed ids this device has not sent yet: its answers ("duplicate") would drop our edits.
      if (renewedClientId) return { ok: false, problem: { kind: 'server', message: 'The server keeps reporting edits this device has not sent.' } };
      clientId = await db.transaction('rw', db.tables, async () => await takeNewClientId(db));
      renewedClientId = true;
      continue;
    }
    const settled = await settlePush(db, batch, parsed.data.results, now);
    pushed += settled.processed;
    conflicts += settled.conflicts;
    rejected += settled.rejected;
    heldForClock += settled.held;
    if (settled.processed === 0) break; // out of order: the server is behind us; pull, then try again next round
  }
  return { ok: true, pushed, conflicts, rejected, heldForClock };
}

/** Removes processed mutations from the outbox; records rejections and puts back the last pulled values. */
async function settlePush(db: RapportDb, batch: OutboxEntry[], results: MutationResult[], now: () => number) {
  const byId = new Map(batch.map((m) => [m.mutationId, m]));
  let processed = 0;
  let conflicts = 0;
  let rejected = 0;
  let held = 0;
  await db.transaction('rw', db.tables, async () => {
    // The fields still pending, read once when a refusal first needs them, then kept current here.
    let pending: PendingFields | undefined;
    for (const result of results) {
      const entry = byId.get(result.mutationId);
      if (!entry || result.status === 'out_of_order') continue;
      processed += 1;
      await db.outbox.delete(entry.mutationId);
      pending?.count(entry, -1);
      if (result.status === 'conflict') conflicts += result.conflicts.length;
      if (result.status !== 'rejected') continue;
      if (result.reason === 'clock_skew') {
        // Not the edit's fault: keep it (and its local value) to send again once the clock is right.
        await holdForClock(db, entry);
        pending?.count(entry, 1);
        held += 1;
        continue;
      }
      rejected += 1;
      const fields = result.field ? [result.field] : Object.keys(entry.fields);
      const at = new Date(now()).toISOString();
      await addRejections(db, fields.map((field) => ({ entity: entry.entity, recordId: entry.id, field, reason: result.reason, message: result.message, typed: entry.fields[field]?.value ?? null, at })));
      pending = await restorePulledValues(db, entry, pending);
    }
  });
  return { processed, conflicts, rejected, held };
}

/**
 * Puts back the last pulled value of each field of a refused edit that no other pending edit changes.
 * Returns the pending fields, read on the first call that needs them and passed back in after.
 */
async function restorePulledValues(db: RapportDb, entry: OutboxEntry, known: PendingFields | undefined): Promise<PendingFields | undefined> {
  if (!isEntityName(entry.entity)) return known;
  const meta = await db.recordMeta.get([entry.entity, entry.id]);
  if (!meta?.values) return known;
  const pending = known ?? (await readPendingFields(db));
  const patch: Record<string, unknown> = {};
  const values = { ...meta.values };
  for (const field of Object.keys(entry.fields)) {
    if (pending.has(entry.entity, entry.id, field) || !(field in values)) continue;
    patch[field] = values[field];
    delete values[field]; // the record holds the server's value again
  }
  if (Object.keys(patch).length === 0) return pending;
  await db.table(entry.entity).update(entry.id, patch);
  await db.recordMeta.put({ ...meta, values });
  return pending;
}
