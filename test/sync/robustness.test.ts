import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataLayer } from '../../renderer/src/db/data-layer';
import { createDb } from '../../renderer/src/db/db';
import { readBackup } from '../../renderer/src/features/backup/api/backup-format';
import { createBackup, restoreBackup } from '../../renderer/src/features/backup/api/backup-io';
import { syncOnce } from '../../renderer/src/sync/sync-client';
import type { SyncTransport } from '../../renderer/src/sync/transport';
import { maxBodyBytes } from '../../shared/sync/protocol';
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

/** A device's way to the in-process server; `bodies` collects the size of every request body sent. */
function transportFor(user: TestClient, bodies: number[] = []): SyncTransport {
  return async ({ method, path, body }) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    bodies.push(payload ? Buffer.byteLength(payload) : 0);
    const res = await h.app.inject({ method, url: path, headers: { authorization: `Bearer ${user.token}`, ...(payload ? { 'content-type': 'application/json' } : {}) }, ...(payload ? { payload } : {}) });
    return { status: res.statusCode, body: res.body ? (JSON.parse(res.body) as unknown) : null };
  };
}

const day = 24 * 60 * 60 * 1000;

describe('sync that one backup, clock or large note cannot break', () => {
  it('restores a synced device\u2019s backup on a second device, whose new edit then reaches the first', async () => {
    const team = await createTeam(h);
    const laptopDb = createDb(`laptop-${unique()}`);
    const laptop = createDataLayer(laptopDb);
    const id = await laptop.create('accounts', { name: 'Northwind' });
    await laptop.update('accounts', id, { industry: 'Health' });
    expect((await syncOnce(laptopDb, transportFor(team.admin))).ok).toBe(true);
    await laptop.update('accounts', id, { tags: ['unsent'] }); // still in the outbox when the backup is made

    const read = readBackup(JSON.stringify(await createBackup(laptopDb)));
    if (!read.ok) throw new Error(read.message);
    const tabletDb = createDb(`tablet-${unique()}`);
    await restoreBackup(tabletDb, read.backup);
    const tablet = createDataLayer(tabletDb);
    expect((await tabletDb.meta.get('clientId'))?.value).not.toBe((await laptopDb.meta.get('clientId'))?.value);
    expect((await tabletDb.outbox.toArray()).map((m) => m.mutationId)).toEqual([1]);

    await tablet.update('accounts', id, { name: 'Northwind Health (from the tablet)' });
    expect(await syncOnce(tabletDb, transportFor(team.admin))).toMatchObject({ ok: true, pushed: 2, rejected: 0 });
    expect(await syncOnce(laptopDb, transportFor(team.admin))).toMatchObject({ ok: true });
    expect(await laptopDb.accounts.get(id)).toMatchObject({ name: 'Northwind Health (from the tablet)', tags: ['unsent'] });
  }, 300_000);

  it('takes a new clientId when the server has seen the ids it is about to send (a copied database), and loses no edit', async () => {
    const team = await createTeam(h);
    const originalDb = createDb(`original-${unique()}`);
    const original = createDataLayer(originalDb);
    await original.create('accounts', { name: 'Contoso' });
    await original.create('accounts', { name: 'Fabrikam' });
    await syncOnce(originalDb, transportFor(team.admin));
    // A copy made before that sync (same clientId, same mutation ids), edited on its own.
    const copyDb = createDb(`copy-${unique()}`);
    await copyDb.meta.bulkPut(await originalDb.meta.toArray());
    await copyDb.meta.put({ key: 'nextMutationId', value: 1 });
    await copyDb.meta.put({ key: 'syncCursor', value: null });
    const copy = createDataLayer(copyDb);
    const id = await copy.create('accounts', { name: 'Written on the copy' });
    const copied = await syncOnce(copyDb, transportFor(team.admin));
    expect(copied, JSON.stringify(copied)).toMatchObject({ ok: true, pushed: 1 });
    expect((await copyDb.meta.get('clientId'))?.value).not.toBe((await originalDb.meta.get('clientId'))?.value);
    await syncOnce(originalDb, transportFor(team.admin));
    expect((await originalDb.accounts.get(id))?.name).toBe('Written on the copy');
  }, 300_000);

  it('keeps edits made while the clock was a year ahead and sends them once it is corrected', async () => {
    const team = await createTeam(h);
    const deviceDb = createDb(`skewed-${unique()}`);
    let offset = 365 * day;
    const now = () => Date.now() + offset;
    const device = createDataLayer(deviceDb, now);
    const id = await device.create('accounts', { name: 'Written in the future' });
    await device.update('accounts', id, { industry: 'Retail' });
    const skewed = await syncOnce(deviceDb, transportFor(team.admin), undefined, now);
    expect(skewed).toMatchObject({ ok: true, heldForClock: 2 });
    expect((await deviceDb.accounts.get(id))?.name).toBe('Written in the future');

    offset = 0; // the clock is set right
    await device.update('accounts', id, { tags: ['after the fix'] });
    const fixed = await syncOnce(deviceDb, transportFor(team.admin), undefined, now);
    expect(fixed, JSON.stringify(fixed)).toMatchObject({ ok: true, pushed: 3, rejected: 0, heldForClock: 0 });
    const otherDb = createDb(`other-${unique()}`);
    await syncOnce(otherDb, transportFor(await team.addUser('member')));
    expect(await otherDb.accounts.get(id)).toMatchObject({ name: 'Written in the future', industry: 'Retail', tags: ['after the fix'] });
  }, 300_000);

  it('drains a 1.2 MB outbox of long review notes in bodies under 1 MiB', async () => {
    const team = await createTeam(h);
    const deviceDb = createDb(`notes-${unique()}`);
    const device = createDataLayer(deviceDb);
    const accountId = await device.create('accounts', { name: 'Long notes Inc' });
    for (let i = 0; i < 30; i += 1) {
      const text = `Review ${i}: ${"the customer asked about SSO. ".repeat(470)}`;
      await device.create('reviews', { accountId, title: `QBR ${i}`, scheduledAt: '2026-12-01T09:00:00.000Z', agenda: text, notes: text, followUpSummary: text });
    }
    expect(JSON.stringify(await deviceDb.outbox.toArray()).length).toBeGreaterThan(1_200_000);
    const bodies: number[] = [];
    expect(await syncOnce(deviceDb, transportFor(team.admin, bodies))).toMatchObject({ ok: true, pushed: 31, rejected: 0 });
    expect(await deviceDb.outbox.count()).toBe(0);
    expect(Math.max(...bodies)).toBeLessThan(maxBodyBytes);
  }, 300_000);

  it('refuses, when it is typed, a value too large to ever sync', async () => {
    const deviceDb = createDb(`huge-${unique()}`);
    const device = createDataLayer(deviceDb);
    const accountId = await device.create('accounts', { name: 'Huge' });
    const components = Object.fromEntries(Array.from({ length: 80_000 }, (_, i) => [`signal-${i}`, i]));
    await expect(device.create('healthSnapshots', { accountId, date: '2026-11-28', score: 50, components })).rejects.toThrow(/components: This is too large to sync/);
    expect(await deviceDb.healthSnapshots.count()).toBe(0);
    expect(await deviceDb.outbox.count()).toBe(1);
  });
});
