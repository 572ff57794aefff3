import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDb } from '../db/db';
import { schemaVersions } from '../db/schema';
import { createDataLayer } from '../db/data-layer';
import { syncOnce } from './sync-client';
import type { SyncTransport } from './transport';

const hlc = '2026-11-28T09:00:00.000Z-0000-0123456789abcdef';
const field = (value: unknown, version: number) => ({ value, version, hlc });

/** A server that answers pulls with the given pages in turn, one per round. */
function serverWithPages(pages: { entity: string; id: string; fields: Record<string, unknown> }[][]): SyncTransport {
  let round = 0;
  return async ({ path }) => {
    if (path !== '/v1/sync/pull') return { status: 200, body: { lastMutationId: 0, serverTime: new Date().toISOString(), results: [] } };
    const changes = (pages[round] ?? []).map((c) => ({ ...c, space: 'team' }));
    round += 1;
    return { status: 200, body: { changes, cursor: `c${round}`, more: false, lastMutationId: 0 } };
  };
}

describe('pulling records another device wrote', () => {
  it('sets aside an incomplete record instead of storing it, and takes it in once a later change completes it', async () => {
    const db = createDb('pull-incomplete');
    const transport = serverWithPages([
      [
        { entity: 'accounts', id: 'bad', fields: { tags: field(['x'], 1) } },
        { entity: 'accounts', id: 'good', fields: { name: field('Northwind', 2) } },
      ],
      [{ entity: 'accounts', id: 'bad', fields: { name: field('Completed Co', 3) } }],
    ]);
    expect(await syncOnce(db, transport)).toMatchObject({ ok: true, pulled: 2 });
    expect(await db.accounts.get('bad')).toBeUndefined();
    expect(await db.accounts.get('good')).toMatchObject({ name: 'Northwind', tags: [], segment: 'smb', deleted: false });
    expect(await db.setAside.toArray()).toEqual([expect.objectContaining({ entity: 'accounts', id: 'bad', problem: 'it has no name' })]);

    expect(await syncOnce(db, transport)).toMatchObject({ ok: true, pulled: 1 });
    expect(await db.accounts.get('bad')).toMatchObject({ name: 'Completed Co', tags: ['x'] });
    expect(await db.setAside.count()).toBe(0);
  });

  it('moves incomplete records already stored by an older version aside when the database is upgraded', async () => {
    const name = 'upgrade-2-to-3';
    const v2 = new Dexie(name);
    for (const v of schemaVersions.filter((s) => s.version <= 2)) v2.version(v.version).stores(v.stores);
    await v2.table('accounts').bulkPut([{ id: 'bad', industry: 'Retail' }, { id: 'old', name: 'Contoso', tags: ['a'] }]);
    v2.close();
    const db = createDb(name);
    expect(await db.accounts.toArray()).toEqual([expect.objectContaining({ id: 'old', name: 'Contoso', tags: ['a'], segment: 'smb', deleted: false })]);
    expect(await db.setAside.toArray()).toEqual([expect.objectContaining({ id: 'bad', problem: 'it has no name' })]);
    db.close();
  });

  it('stores a first sync\'s team records without per-record metadata, and edits of them still carry the version they saw', async () => {
    const db = createDb('pull-floor');
    const transport = serverWithPages([[
      { entity: 'accounts', id: 'a1', fields: { name: field('Northwind', 5), tags: field([], 6) } },
      { entity: 'accounts', id: 'a2', fields: { name: field('Contoso', 9) } },
    ], [{ entity: 'accounts', id: 'a1', fields: { industry: field('Health', 12) } }]]);
    await syncOnce(db, transport);
    expect(await db.recordMeta.count()).toBe(0);
    expect((await db.meta.get('pulledFloor'))?.value).toBe(9);
    const data = createDataLayer(db);
    await data.update('accounts', 'a2', { name: 'Contoso Ltd' });
    expect((await db.outbox.toArray())[0]?.fields).toEqual({ name: { value: 'Contoso Ltd', base: 9 } });
    // A later (incremental) pull of a record stored that way merges into it instead of replacing it.
    await db.outbox.clear();
    await syncOnce(db, transport);
    expect(await db.accounts.get('a1')).toMatchObject({ name: 'Northwind', industry: 'Health' });
    expect(await db.recordMeta.get(['accounts', 'a1'])).toMatchObject({ versions: { industry: 12 }, floor: 9 });
  });

  it('puts back the pulled value of a first sync\'s record when the server refuses an edit of it', async () => {
    const db = createDb('pull-floor-refused');
    const pages = serverWithPages([[{ entity: 'accounts', id: 'a2', fields: { name: field('Contoso', 9) } }]]);
    await syncOnce(db, pages);
    await createDataLayer(db).update('accounts', 'a2', { name: 'Contoso Ltd' });
    const refusing: SyncTransport = async (request) => request.path === '/v1/sync/push'
      ? { status: 200, body: { lastMutationId: 1, serverTime: new Date().toISOString(), results: [{ mutationId: 1, status: 'rejected', reason: 'forbidden', field: 'name', message: 'Not yours to rename' }] } }
      : pages(request);
    expect(await syncOnce(db, refusing)).toMatchObject({ ok: true, rejected: 1 });
    expect((await db.accounts.get('a2'))?.name).toBe('Contoso');
    expect(await db.rejections.toArray()).toEqual([expect.objectContaining({ recordId: 'a2', field: 'name', typed: 'Contoso Ltd' })]);
  });

  it('handles a record that comes twice in a page of many (written slice by slice): set aside first, then completed', async () => {
    const db = createDb('pull-twice-in-a-page');
    const filler = Array.from({ length: 600 }, (_, i) => ({ entity: 'accounts', id: `f${i}`, fields: { name: field(`Filler ${i}`, 10 + i) } }));
    const transport = serverWithPages([[
      { entity: 'accounts', id: 'late', fields: { tags: field(['x'], 1) } },
      { entity: 'accounts', id: 'twice', fields: { name: field('First name', 2) } },
      ...filler,
      { entity: 'accounts', id: 'late', fields: { name: field('Completed Co', 700) } },
      { entity: 'accounts', id: 'twice', fields: { industry: field('Retail', 701) } },
    ]]);
    expect(await syncOnce(db, transport)).toMatchObject({ ok: true, pulled: 604 });
    expect(await db.accounts.count()).toBe(602);
    expect(await db.accounts.get('late')).toMatchObject({ name: 'Completed Co', tags: ['x'] });
    expect(await db.accounts.get('twice')).toMatchObject({ name: 'First name', industry: 'Retail' });
    expect(await db.setAside.count()).toBe(0);
    // Records that came twice keep what they know of each field's version.
    expect(await db.recordMeta.get(['accounts', 'twice'])).toMatchObject({ versions: { name: 2, industry: 701 } });
  });

  it('fails the whole page when one of its writes fails, storing nothing of it (nor its cursor), and takes it in on the next round', async () => {
    const db = createDb('pull-write-fails');
    const many = Array.from({ length: 400 }, (_, i) => ({ entity: 'accounts', id: `m${String(i).padStart(3, '0')}`, fields: { name: field(`Account ${i}`, 10 + i) } }));
    const transport = serverWithPages([many, many]);
    // The last record of a 400-record page cannot be written this round.
    const refuse = (_key: unknown, record: { id: string }) => { if (record.id === 'm399') throw new Error('disk trouble'); };
    db.accounts.hook('creating', refuse);
    expect(await syncOnce(db, transport)).toMatchObject({ ok: false });
    expect(await db.accounts.count()).toBe(0);
    expect(await db.meta.get('syncCursor')).toBeUndefined();
    db.accounts.hook('creating').unsubscribe(refuse);
    expect(await syncOnce(db, transport)).toMatchObject({ ok: true, pulled: 400 });
    expect(await db.accounts.count()).toBe(400);
  });

  it('refuses a page in an unexpected shape, storing nothing', async () => {
    const db = createDb('pull-bad-shape');
    const transport: SyncTransport = async ({ path }) => path === '/v1/sync/pull'
      ? { status: 200, body: { changes: [{ entity: 'accounts', id: 'a1', space: 'team', fields: { name: { value: 'N', version: -1, hlc } } }], cursor: 'c', more: false, lastMutationId: 0 } }
      : { status: 200, body: { lastMutationId: 0, serverTime: new Date().toISOString(), results: [] } };
    expect(await syncOnce(db, transport)).toMatchObject({ ok: false, problem: { kind: 'server', message: 'The server answered a pull in an unexpected shape.' } });
    expect(await db.accounts.count()).toBe(0);
  });
});

describe('a first sync on a device that already holds records of its own', () => {
  const local = { name: 'Local Name', segment: 'enterprise' as const, industry: 'Retail', tags: ['key'] };

  it('keeps the values of records imported before the first sync while their creates wait to be pushed', async () => {
    const db = createDb('pull-after-import-pending');
    await createDataLayer(db).createMany('accounts', [{ id: 'a1', ...local }, { id: 'a2', ...local, name: 'Other Local' }]);
    // The server knows a1 already (another device created it): the pull brings it while our create is pending.
    const transport = serverWithPages([[{ entity: 'accounts', id: 'a1', fields: { name: field('Server Name', 3), industry: field('Health', 3) } }]]);
    expect(await syncOnce(db, transport)).toMatchObject({ ok: true, pulled: 1 });
    expect(await db.accounts.get('a1')).toMatchObject({ ...local, id: 'a1' });
    expect(await db.accounts.get('a2')).toMatchObject({ name: 'Other Local', segment: 'enterprise' });
    expect(await db.setAside.count()).toBe(0);
    // The pulled values are remembered, to put back should the server refuse the pending create.
    expect(await db.recordMeta.get(['accounts', 'a1'])).toMatchObject({ versions: { name: 3, industry: 3 }, values: { name: 'Server Name', industry: 'Health' } });
    expect(await db.outbox.count()).toBe(2);
  });

  it('merges a pulled change into a record created here whose create was already acknowledged', async () => {
    const db = createDb('pull-after-import-pushed');
    await createDataLayer(db).createMany('accounts', [{ id: 'a1', ...local }]);
    await db.outbox.clear(); // acknowledged by the server
    const transport = serverWithPages([[{ entity: 'accounts', id: 'a1', fields: { industry: field('Health', 8) } }]]);
    expect(await syncOnce(db, transport)).toMatchObject({ ok: true, pulled: 1 });
    expect(await db.accounts.get('a1')).toMatchObject({ ...local, industry: 'Health' });
    expect(await db.recordMeta.get(['accounts', 'a1'])).toMatchObject({ versions: { industry: 8 } });
  });
});
