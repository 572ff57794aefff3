import 'fake-indexeddb/auto';
import Dexie, { type ObservabilitySet } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { generatePortfolio } from '../../../../shared/sample/portfolio';
import { defaultHealthSettings } from '../../../../shared/domain/health/weights';
import { createDataLayer } from '../data-layer';
import { createDb, type RapportDb } from '../db';
import { changedAccounts } from './changed-accounts';
import { createHealthEngine } from './health-engine';

let db: RapportDb;
afterEach(async () => {
  db.close();
  await db.delete();
});

const now = '2026-11-22T09:00:00.000Z';
const clock = { today: '2026-11-22', nowMs: Date.parse(now) };

async function sample(name: string, accounts = 6) {
  db = createDb(name);
  const data = createDataLayer(db, () => Date.parse(now));
  const p = generatePortfolio({ accounts, now, usageWeeks: 20 });
  for (const [entity, rows] of Object.entries(p)) await data.createMany(entity as never, rows as never);
  return { data, p };
}

describe('health engine', () => {
  it('scores every account, then re-scores only the account a new touch belongs to', async () => {
    const { data, p } = await sample('health-engine-1');
    const engine = createHealthEngine(db);
    const first = await engine.loadAll(defaultHealthSettings, clock);
    expect(first.results).toHaveLength(6);
    expect(first.results.every((r) => r.score !== null)).toBe(true);
    const target = p.accounts[2]!;
    const champion = p.contacts.find((c) => c.accountId === target.id && c.role === 'champion')!;
    await data.create('touches', { accountId: target.id, contactId: champion.id, kind: 'meeting', summary: 'Roadmap review', details: '', at: now, authorId: null, deleted: false });
    const update = await engine.reload([target.id], defaultHealthSettings, clock);
    expect(update.results.map((r) => r.accountId)).toEqual([target.id]);
    const engagement = (await engine.loadAll(defaultHealthSettings, clock)).results.find((r) => r.accountId === target.id);
    expect(engagement?.score).toBe(update.results[0]?.score);
  });

  it('re-scores from memory with new weights, and reports accounts that are gone', async () => {
    await sample('health-engine-2', 3);
    const engine = createHealthEngine(db);
    const before = await engine.loadAll(defaultHealthSettings, clock);
    const onlyRenewal = { ...defaultHealthSettings, weights: { smb: { ...defaultHealthSettings.weights.smb, usage: 1000 }, mid_market: { ...defaultHealthSettings.weights.mid_market, usage: 1000 }, enterprise: { ...defaultHealthSettings.weights.enterprise, usage: 1000 } } };
    const after = engine.rescore(onlyRenewal, clock);
    expect(after.results.map((r) => r.score)).not.toEqual(before.results.map((r) => r.score));
    expect((await engine.reload(['no-such-account'], defaultHealthSettings, clock)).removed).toEqual(['no-such-account']);
  });
});

describe('changed accounts', () => {
  it('names the account of a touch just written, and says "all" for a bulk write', async () => {
    const { data, p } = await sample('health-engine-3', 2);
    const seen: ObservabilitySet[] = [];
    const listen = (parts: ObservabilitySet) => seen.push(parts);
    Dexie.on('storagemutated', listen);
    try {
      const target = p.accounts[1]!.id;
      await data.create('touches', { accountId: target, contactId: null, kind: 'call', summary: 'Check-in', details: '', at: now, authorId: null, deleted: false });
      const touched = seen.map((parts) => changedAccounts(parts, db.name)).filter((c) => c !== null);
      expect(touched).toContainEqual([target]);
      seen.length = 0;
      const many = Array.from({ length: 60 }, (_, i) => ({ id: `bulk-${i}`, accountId: target, date: '2026-11-21', metric: 'logins', value: i, deleted: false }));
      await data.createMany('usagePoints', many);
      expect(seen.map((parts) => changedAccounts(parts, db.name))).toContain('all');
      expect(changedAccounts({ [`idb://${db.name}/outbox/`]: seen[0]![`idb://${db.name}/usagePoints/`]! }, db.name)).toBeNull();
    } finally {
      Dexie.on('storagemutated').unsubscribe(listen);
    }
  });
});
