import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataLayer } from '../../renderer/src/db/data-layer';
import { createDb } from '../../renderer/src/db/db';
import { syncOnce, type SyncProgress } from '../../renderer/src/sync/sync-client';
import type { SyncTransport } from '../../renderer/src/sync/transport';
import type { Database } from '../../server/src/db/database';
import { openDatabase } from '../../server/src/db/open-database';
import { buildHarness, createTeam, unique, type Harness, type TestClient } from '../../server/test/support/harness';

let db: Database;
let h: Harness;
beforeAll(async () => {
  db = await openDatabase({});
  h = await buildHarness(db);
}, 60_000);
afterAll(async () => {
  await h?.app.close();
  await db?.close();
});

type Sent = { path: string; body: { cursor?: string | null } };

/** A device's way to the in-process server, recording what it sends; `failOn` makes the n-th request fail like a dropped network. */
function transportFor(user: TestClient, sent: Sent[] = [], failOn = new Set<number>()): SyncTransport {
  return async ({ method, path, body }) => {
    sent.push({ path, body: body as Sent['body'] });
    if (failOn.has(sent.length)) throw new Error('network lost');
    const res = await h.app.inject({ method, url: path, headers: { authorization: `Bearer ${user.token}` }, ...(body === undefined ? {} : { payload: body as object }) });
    return { status: res.statusCode, body: res.body ? (JSON.parse(res.body) as unknown) : null };
  };
}

function account(name: string) {
  return { name, externalId: null, segment: 'smb' as const, tier: 'tier_3' as const, arrMinor: 100_000, currency: 'USD', renewalDate: null, lifecycleStage: 'mature' as const, ownerId: null, industry: '', tags: [], createdAt: '2026-11-22T00:00:00.000Z', deleted: false, website: '', phone: '', billingCity: '', billingCountry: '', description: '' };
}

describe('a device syncing with the team server', () => {
  it('resumes an interrupted first sync where it stopped, and ends with everything', async () => {
    const team = await createTeam(h);
    const sourceDb = createDb(`source-${unique()}`);
    const source = createDataLayer(sourceDb);
    await source.createMany('accounts', Array.from({ length: 4500 }, (_, i) => ({ ...account(`Account ${i}`), id: `acc-${String(i).padStart(5, '0')}` })));
    expect((await syncOnce(sourceDb, transportFor(team.admin))).ok).toBe(true);

    const member = await team.addUser('member');
    const deviceDb = createDb(`device-${unique()}`);
    const sent: Sent[] = [];
    const progress: SyncProgress[] = [];
    // Pages hold up to 2,000 records (fewer when they reach the size cap): the network drops while the third page is asked for.
    const first = await syncOnce(deviceDb, transportFor(member, sent, new Set([3])), (p) => progress.push(p));
    expect(first.ok).toBe(false);
    const received = progress.at(-1)?.done ?? 0;
    expect(progress).toHaveLength(2);
    expect(received).toBeGreaterThan(2000);
    expect(received).toBeLessThan(4500);
    expect((await deviceDb.accounts.count()) + (await deviceDb.teamMembers.count())).toBe(received);
    expect(progress.at(-1)?.reachedVersion).toBeGreaterThan(progress[0]?.reachedVersion ?? Infinity);

    const resumedAt = sent.length;
    const second = await syncOnce(deviceDb, transportFor(member, sent));
    const members = await deviceDb.teamMembers.count();
    expect(second).toMatchObject({ ok: true });
    expect(second.ok && second.pulled + received).toBe(4500 + members);
    expect(sent[resumedAt]?.body.cursor, 'the second round starts from the stored cursor').toEqual(expect.any(String));
    expect(await deviceDb.accounts.count()).toBe(4500);
    expect((await deviceDb.accounts.get('acc-04499'))?.name).toBe('Account 4499');
  }, 300_000);

  it('keeps an unsent local edit when a newer server value arrives, and puts the server value back if the edit is refused', async () => {
    const team = await createTeam(h);
    const aliceDb = createDb(`alice-${unique()}`);
    const alice = createDataLayer(aliceDb);
    const id = await alice.create('accounts', account('Northwind'));
    await syncOnce(aliceDb, transportFor(team.admin));
    const bob = await team.addUser('member');
    const bobDb = createDb(`bob-${unique()}`);
    const bobData = createDataLayer(bobDb);
    await syncOnce(bobDb, transportFor(bob));

    // Bob renames offline while Alice's rename reaches the server.
    await bobData.update('accounts', id, { name: 'Northwind (Bob)' });
    await alice.update('accounts', id, { name: 'Northwind Health' });
    await syncOnce(aliceDb, transportFor(team.admin));
    // Bob's push waits (the server answers that it is behind) and he pulls Alice's value: his text stays on screen.
    const bobTransport = transportFor(bob);
    const serverBehind: SyncTransport = async (request) => {
      if (request.path !== '/v1/sync/push') return bobTransport(request);
      const { mutations } = request.body as { mutations: { mutationId: number }[] };
      return { status: 200, body: { lastMutationId: 0, serverTime: new Date().toISOString(), results: mutations.map((m) => ({ mutationId: m.mutationId, status: 'out_of_order' })) } };
    };
    await syncOnce(bobDb, serverBehind);
    expect((await bobDb.accounts.get(id))?.name).toBe('Northwind (Bob)');

    // The server refuses the edit (here: a value its rules reject): the server's value comes back and the typed one is kept with the reason.
    await bobDb.outbox.toCollection().modify((entry) => {
      if (!entry.fields) throw new Error('An edit of a pulled record is stored with its bases');
      entry.fields.name = { value: '   ', base: entry.fields.name?.base ?? 0 };
    });
    const outcome = await syncOnce(bobDb, transportFor(bob));
    expect(outcome).toMatchObject({ ok: true, rejected: 1 });
    expect((await bobDb.accounts.get(id))?.name).toBe('Northwind Health');
    expect(await bobDb.rejections.toArray()).toEqual([expect.objectContaining({ recordId: id, field: 'name', typed: '   ' })]);
    expect(await bobDb.outbox.count()).toBe(0);
  }, 300_000);
});
