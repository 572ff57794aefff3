import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { generatePortfolio } from '../../../../shared/sample/portfolio';
import { data, db } from '../instance';
import { readHealthInputs } from '../queries/health-inputs';
import { startHealthScoring, useHealth } from './health-client';

// Counts what the scoring reads, reading for real.
vi.mock('../queries/health-inputs', async (original) => {
  const actual = await original<typeof import('../queries/health-inputs')>();
  return { readHealthInputs: vi.fn(actual.readHealthInputs) };
});

afterAll(async () => {
  db.close();
  await db.delete();
});

describe('health scoring after one new data point', () => {
  it('re-reads and re-scores only the account the usage point belongs to', async () => {
    const now = new Date().toISOString();
    const p = generatePortfolio({ accounts: 8, now, usageWeeks: 20 });
    for (const [entity, rows] of Object.entries(p)) await data.createMany(entity as never, rows as never);
    const stop = startHealthScoring();
    try {
      // The first full scoring starts 1.5 s after the app.
      await vi.waitFor(() => expect(useHealth.getState().byAccount.size).toBe(8), { timeout: 15_000, interval: 100 });
      const before = useHealth.getState().byAccount;
      const reads = vi.mocked(readHealthInputs);
      expect(reads).toHaveBeenCalledTimes(1);
      expect(reads.mock.calls[0]?.[1]).toBeUndefined(); // the first read is of every account
      reads.mockClear();

      const target = p.accounts.find((a) => a.segment === 'enterprise') ?? p.accounts[0]!;
      // This week's active users collapse to nothing: one point, and the account's usage trend turns.
      await data.create('usagePoints', { accountId: target.id, date: now.slice(0, 10), metric: 'weekly_active_users', value: 0, deleted: false });
      await vi.waitFor(() => expect(useHealth.getState().byAccount).not.toBe(before), { timeout: 10_000, interval: 50 });

      const after = useHealth.getState().byAccount;
      expect(reads).toHaveBeenCalledTimes(1);
      expect(reads.mock.calls[0]?.[1]).toEqual([target.id]);
      expect(after.size).toBe(8);
      // Every other account keeps the very summary it had: none of them was scored again.
      for (const a of p.accounts) if (a.id !== target.id) expect(after.get(a.id)).toBe(before.get(a.id));
      expect(after.get(target.id)).not.toBe(before.get(target.id));
      expect(after.get(target.id)?.score).toBeLessThan(before.get(target.id)?.score ?? -1);
    } finally {
      stop();
    }
  });
});
