import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { generatePortfolio } from '../../../../../shared/sample/portfolio';
import { createDataLayer } from '../../../db/data-layer';
import { createDb, type RapportDb } from '../../../db/db';
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
  await db.recordMeta.update(['accounts', first.id], { versions: { name: 7 } });
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
      lifecycleStage: 'adopting', ownerId: null, industry: '', tags: [], createdAt: '2026-01-01T00:00:00.000Z', deleted: false,
    });
    await restoreBackup(target, read.backup);
    expect(await snapshot(target)).toEqual(before);
    expect(Object.keys(before).sort()).toEqual(target.tables.map((t) => t.name).sort());
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
