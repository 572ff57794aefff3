import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Account } from '../../../shared/domain/account';
import type { MutationResult } from '../../../shared/sync/protocol';
import { createDataLayer } from '../db/data-layer';
import { createDb, type RapportDb } from '../db/db';
import { schemaVersions } from '../db/schema';
import { pushOutbox } from './sync-push';
import type { SyncTransport } from './transport';

const account = (name: string): Omit<Account, 'id'> => ({
  name, externalId: null, segment: 'smb', tier: 'tier_3', arrMinor: 0, currency: 'USD', renewalDate: null,
  lifecycleStage: 'adopting', ownerId: null, industry: '', tags: [], createdAt: '2026-11-01T09:00:00.000Z', deleted: false,
  website: '', phone: '', billingCity: '', billingCountry: '', description: '', surveyCadenceDays: null,
});

type Pushed = { mutationId: number; entity: string; id: string; fields: Record<string, { value: unknown; base: number }> };

/** A server that records what it was sent and answers each mutation with `answer` (applied by default). */
function server(answer: (m: Pushed) => MutationResult = (m) => ({ mutationId: m.mutationId, status: 'applied', version: 100 + m.mutationId })) {
  const pushed: Pushed[] = [];
  const transport: SyncTransport = async ({ body }) => {
    const { mutations } = body as { mutations: Pushed[] };
    pushed.push(...mutations);
    const lastMutationId = Math.max(0, ...mutations.map((m) => m.mutationId));
    return { status: 200, body: { lastMutationId, serverTime: new Date().toISOString(), results: mutations.map(answer) } };
  };
  return { pushed, transport };
}

const now = () => Date.parse('2026-11-28T10:00:00.000Z');
const opened: RapportDb[] = [];
function open(name: string): RapportDb {
  const db = createDb(name);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

describe('pushing the outbox', () => {
  it('pushes an outbox written by version 5 (every entry with its bases) after the upgrade, in order and in protocol shape, with creates made since', async () => {
    const name = 'push-from-version-5';
    const v5 = new Dexie(name);
    for (const v of schemaVersions.filter((s) => s.version <= 5)) v5.version(v.version).stores(v.stores);
    const created = { ...account('Contoso'), id: 'a1' };
    const { id: _, ...createdFields } = created;
    await v5.table('accounts').put(created);
    await v5.table('outbox').bulkPut([
      { mutationId: 1, hlc: '2026-11-27T10:00:00.000Z-0000-0123456789abcdef', entity: 'accounts', id: 'a1', space: 'team', fields: Object.fromEntries(Object.entries(createdFields).map(([f, value]) => [f, { value, base: 0 }])) },
      { mutationId: 2, hlc: '2026-11-27T10:00:01.000Z-0000-0123456789abcdef', entity: 'accounts', id: 'a0', space: 'team', fields: { name: { value: 'Pulled then renamed', base: 7 } } },
    ]);
    await v5.table('meta').put({ key: 'nextMutationId', value: 3 });
    v5.close();

    const db = open(name);
    await createDataLayer(db, now).create('accounts', account('Fabrikam'), { id: 'a2' });
    // The new create is stored as plain values; the entries of version 5 stay as they were.
    const stored = await db.outbox.orderBy('mutationId').toArray();
    expect(stored.map((m) => [m.mutationId, m.fields ? 'fields' : 'values'])).toEqual([[1, 'fields'], [2, 'fields'], [3, 'values']]);

    const { pushed, transport } = server();
    expect(await pushOutbox(db, transport, () => undefined, now)).toMatchObject({ ok: true, pushed: 3, rejected: 0 });
    expect(pushed.map((m) => [m.mutationId, m.id])).toEqual([[1, 'a1'], [2, 'a0'], [3, 'a2']]);
    expect(pushed[0]?.fields.name).toEqual({ value: 'Contoso', base: 0 });
    expect(pushed[1]?.fields).toEqual({ name: { value: 'Pulled then renamed', base: 7 } });
    expect(pushed[2]?.fields.name).toEqual({ value: 'Fabrikam', base: 0 });
    expect(Object.keys(pushed[2]?.fields ?? {}).sort()).toEqual(Object.keys(createdFields).sort());
    expect(await db.outbox.count()).toBe(0);
  });

  /** A record pulled from the server (name "Server name" at version 5) with metadata that remembers pulled values. */
  async function pulledRecord(db: RapportDb) {
    await db.accounts.put({ ...account('Server name'), id: 'p1' });
    await db.recordMeta.put({ entity: 'accounts', id: 'p1', space: 'team', versions: { name: 5, industry: 5 }, values: {} });
    return createDataLayer(db, now);
  }
  const refuse = (m: Pushed, reason: 'invalid_value' | 'clock_skew'): MutationResult => ({ mutationId: m.mutationId, status: 'rejected', reason, field: Object.keys(m.fields)[0], message: 'refused' });

  it('puts the pulled value back when an edit is refused, unless a later edit of the field is still on its way', async () => {
    const db = open('push-refusals');
    const data = await pulledRecord(db);
    await data.update('accounts', 'p1', { name: 'First try' });
    await data.update('accounts', 'p1', { name: 'Second try' });
    await data.update('accounts', 'p1', { industry: 'Bad industry' });
    // The first rename and the industry are refused; the second rename is applied.
    const { transport } = server((m) => (m.mutationId === 2 ? { mutationId: 2, status: 'applied', version: 9 } : refuse(m, 'invalid_value')));
    expect(await pushOutbox(db, transport, () => undefined, now)).toMatchObject({ ok: true, pushed: 3, rejected: 2 });
    const saved = await db.accounts.get('p1');
    expect(saved?.name).toBe('Second try'); // not put back: the server took the later rename
    expect(saved?.industry).toBe(''); // put back: nothing else was changing it
    expect((await db.rejections.toArray()).map((r) => [r.field, r.typed])).toEqual([['name', 'First try'], ['industry', 'Bad industry']]);
  });

  it('keeps the typed value when an edit is refused while another edit of the field waits for the clock', async () => {
    const db = open('push-refusals-held');
    const data = await pulledRecord(db);
    await data.update('accounts', 'p1', { name: 'Refused first' });
    await data.update('accounts', 'p1', { name: 'Held for the clock' });
    await data.update('accounts', 'p1', { name: 'Refused' });
    const { transport } = server((m) => refuse(m, m.mutationId === 2 ? 'clock_skew' : 'invalid_value'));
    expect(await pushOutbox(db, transport, () => undefined, now)).toMatchObject({ ok: true, rejected: 2, heldForClock: 1 });
    expect((await db.accounts.get('p1'))?.name).toBe('Refused');
    expect(await db.held.count()).toBe(1);
  });

  it('puts the pulled value back when every edit of the field is refused, the last one too', async () => {
    const db = open('push-refusals-all');
    const data = await pulledRecord(db);
    await data.update('accounts', 'p1', { name: 'One' });
    await data.update('accounts', 'p1', { name: 'Two' });
    const { transport } = server((m) => refuse(m, 'invalid_value'));
    expect(await pushOutbox(db, transport, () => undefined, now)).toMatchObject({ ok: true, rejected: 2 });
    expect((await db.accounts.get('p1'))?.name).toBe('Server name');
    expect(await db.outbox.count()).toBe(0);
  });
});
