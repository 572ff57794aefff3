import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { generatePortfolio } from '../../../../../shared/sample/portfolio';
import { createDataLayer } from '../../../db/data-layer';
import { createDb, type RapportDb } from '../../../db/db';
import { outboxHead } from '../../../db/sync-state';
import { readBackup } from './backup-format';
import { backupCounts, createBackup, restoreBackup } from './backup-io';

async function snapshot(db: RapportDb): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)));
}

async function seeded(name: string): Promise<RapportDb> {
  const db = createDb(name);
  const data = createDataLayer(db);
  const p = generatePortfolio({ accounts: 8, usageWeeks: 2 });
  for (const [entity, rows] of Object.entries(p)) if (rows.length > 0) await data.createMany(entity as 'accounts', rows as never);
  const first = p.accounts[0];
  if (!first) throw new Error('no account');
  await data.update('accounts', first.id, { name: 'Renamed Co', tags: ['x'] });
  await data.create('commitments', { ...(p.commitments[0] ?? {}), title: 'Private promise' } as never, { space: 'private' });
  // A record version learnt from the server, to prove sync bookkeeping survives too.
  await db.recordMeta.put({ entity: 'accounts', id: first.id, space: 'team', versions: { name: 7 }, values: {} });
  return db;
}

describe('JSON backup and restore', () => {
  it('round-trips every table, outbox and record versions included, through the JSON file', async () => {
    const source = await seeded('backup-source');
    const before = await snapshot(source);
    const text = JSON.stringify(await createBackup(source));
    const read = readBackup(text);
    if (!read.ok) throw new Error(read.message);
    expect(backupCounts(read.backup).outbox).toBeGreaterThan(0);

    const target = createDb('backup-target');
    await createDataLayer(target).create('accounts', {
      name: 'Will be replaced', externalId: null, segment: 'smb', tier: 'tier_3', arrMinor: 0, currency: 'USD', renewalDate: null,
      lifecycleStage: 'adopting', ownerId: null, industry: '', tags: [], createdAt: '2026-01-01T00:00:00.000Z', deleted: false, website: '', phone: '', billingCity: '', billingCountry: '', description: '',
    });
    await restoreBackup(target, read.backup);
    const after = await snapshot(target);
    // The restored data is a new installation: a new clientId; everything else as it was.
    const withoutClientId = (rows: Record<string, unknown[]>) => ({ ...rows, meta: rows.meta?.filter((m) => (m as { key: string }).key !== 'clientId') });
    expect(withoutClientId(after)).toEqual(withoutClientId(before));
    expect(Object.keys(before).sort()).toEqual(target.tables.map((t) => t.name).sort());
  });

  it('restores the backup of a device that has synced (cursor, last sync, rejections) under a new clientId', async () => {
    const source = await seeded('backup-synced');
    await source.meta.bulkPut([
      { key: 'clientId', value: 'c0123456789abcdef' }, { key: 'syncCursor', value: 'opaque-cursor' },
      { key: 'lastSyncAt', value: '2026-11-27T10:00:00.000Z' }, { key: 'lastPulledHead', value: 'head' },
    ]);
    await source.rejections.add({ entity: 'accounts', recordId: 'a1', field: 'name', reason: 'invalid_value', message: 'too long', typed: 'x', at: '2026-11-27T10:00:00.000Z' });
    const read = readBackup(JSON.stringify(await createBackup(source)));
    if (!read.ok) throw new Error(read.message);
    const target = createDb('backup-synced-target');
    await restoreBackup(target, read.backup);
    expect((await target.meta.get('syncCursor'))?.value).toBe('opaque-cursor');
    expect((await target.meta.get('clientId'))?.value).not.toBe('c0123456789abcdef');
    expect(await target.rejections.count()).toBe(1);
    const outbox = await target.outbox.orderBy('mutationId').toArray();
    expect(outbox.map((m) => m.mutationId)).toEqual(outbox.map((_, i) => i + 1));
    expect((await target.meta.get('nextMutationId'))?.value).toBe(outbox.length + 1);
  });

  it('refuses hostile or corrupt bookkeeping whole, saying what is wrong, and leaves the device as it was', async () => {
    const good = await createBackup(await seeded('backup-hostile'));
    const cases: [string, (b: { tables: { meta: { key: string; value: unknown }[]; outbox: { mutationId: number }[] } }) => void, RegExp][] = [
      ['a clock out of range', (b) => { b.tables.meta = [...b.tables.meta.filter((m) => m.key !== 'clock'), { key: 'clock', value: { wallMs: 9e15, counter: 0, node: '0123456789abcdef' } }]; }, /tables\.meta\.\d+\.value\.wallMs/],
      ['a node id that is not hex', (b) => { b.tables.meta = [...b.tables.meta.filter((m) => m.key !== 'clock'), { key: 'clock', value: { wallMs: 1, counter: 0, node: 'not-hex-at-all!!' } }]; }, /node id/],
      ['a clientId of x', (b) => { b.tables.meta = [...b.tables.meta.filter((m) => m.key !== 'clientId'), { key: 'clientId', value: 'x' }]; }, /clientId/],
      ['mutation id 0', (b) => { const first = b.tables.outbox[0]; if (first) first.mutationId = 0; }, /outbox\.0\.mutationId/],
      ['a duplicated mutation id', (b) => { const [first, second] = b.tables.outbox; if (first && second) second.mutationId = first.mutationId; }, /appears twice/],
    ];
    for (const [what, damage, message] of cases) {
      const copy = JSON.parse(JSON.stringify(good)) as Parameters<typeof damage>[0];
      damage(copy);
      const read = readBackup(JSON.stringify(copy));
      expect(read.ok, what).toBe(false);
      expect(read.ok ? '' : read.message, what).toMatch(message);
    }
  });

  it('says a 150,000-row damaged file cannot be restored, without running out of stack', () => {
    const rows = Array.from({ length: 150_000 }, (_, i) => ({ id: `a${i}`, name: 42 }));
    const text = JSON.stringify({ format: 'rapport-backup', version: 1, exportedAt: '2026-11-28T00:00:00.000Z', schemaVersion: 3, tables: { accounts: rows, recordMeta: [], outbox: [], meta: [] } });
    const read = readBackup(text);
    expect(read).toMatchObject({ ok: false, message: expect.stringMatching(/^This backup cannot be restored: tables\.accounts\.0\./) });
  });

  it('brings a restored clock that runs a year ahead back to this device\u2019s time', async () => {
    const backup = await createBackup(await seeded('backup-future'));
    const now = Date.parse('2026-11-28T10:00:00.000Z');
    backup.tables.meta = [...backup.tables.meta.filter((m) => m.key !== 'clock'), { key: 'clock', value: { wallMs: now + 365 * 86_400_000, counter: 3, node: '0123456789abcdef' } }];
    const target = createDb('backup-future-target');
    await restoreBackup(target, backup, now);
    const clock = await target.meta.get('clock');
    expect(clock?.key === 'clock' ? clock.value.wallMs : 0).toBe(now);
  });

  it('restores a backup made by version 5 (unsent edits stored with their bases) and keeps them ready to push as they were', async () => {
    const source = await seeded('backup-v5');
    const backup = JSON.parse(JSON.stringify(await createBackup(source))) as { schemaVersion: number; tables: { outbox: Record<string, unknown>[] } };
    // Version 5 stored every unsent edit in push shape: { field: { value, base } }.
    backup.schemaVersion = 5;
    backup.tables.outbox = (await outboxHead(source, 10_000)).map((entry) => ({ ...entry }));
    expect(backup.tables.outbox.every((entry) => 'fields' in entry && !('values' in entry))).toBe(true);
    const read = readBackup(JSON.stringify(backup), 6);
    if (!read.ok) throw new Error(read.message);
    const target = createDb('backup-v5-target');
    await restoreBackup(target, read.backup);
    const restored = await outboxHead(target, 10_000);
    expect(restored.map(({ entity, id, fields }) => ({ entity, id, fields }))).toEqual((await outboxHead(source, 10_000)).map(({ entity, id, fields }) => ({ entity, id, fields })));
    expect(restored.map((m) => m.mutationId)).toEqual(restored.map((_, i) => i + 1));
  });

  it('refuses an unsent edit with both its values and its fields, or with neither', async () => {
    const good = await createBackup(await seeded('backup-shapes'));
    for (const damage of [(e: Record<string, unknown>) => { e.fields = { name: { value: 'x', base: 0 } }; }, (e: Record<string, unknown>) => { delete e.values; }]) {
      const copy = JSON.parse(JSON.stringify(good)) as { tables: { outbox: Record<string, unknown>[] } };
      const first = copy.tables.outbox[0];
      if (!first) throw new Error('no unsent edit');
      damage(first);
      expect(readBackup(JSON.stringify(copy))).toMatchObject({ ok: false, message: expect.stringMatching(/tables\.outbox\.0 .*either its fields or its values/) });
    }
  });

  it('refuses files that are not backups or are damaged, saying why', async () => {
    expect(readBackup('not json')).toEqual({ ok: false, message: 'This file is not a Rapport backup (it is not JSON).' });
    expect(readBackup('{"hello":1}')).toEqual({ ok: false, message: 'This file is not a Rapport backup.' });
    const backup = await createBackup(await seeded('backup-damaged'));
    const damaged = JSON.parse(JSON.stringify(backup)) as { tables: { accounts: { arrMinor: unknown }[] } };
    const account = damaged.tables.accounts[0];
    if (account) account.arrMinor = 'lots';
    const read = readBackup(JSON.stringify(damaged));
    expect(read).toMatchObject({ ok: false, message: expect.stringContaining('tables.accounts.0.arrMinor') });
  });
});
