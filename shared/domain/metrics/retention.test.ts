import { describe, expect, it } from 'vitest';
import { periodContaining } from './period';
import { accountStateAt, expansionWon, renewalRate, retention, type RetentionAccount, type RetentionEvent } from './retention';

const nov = periodContaining('month', '2026-11-15');
const acc = (id: string, arrMinor: number, currency = 'USD', extra: Partial<RetentionAccount> = {}): RetentionAccount => ({
  id, arrMinor, currency, lifecycleStage: 'mature', createdAt: '2025-01-01T00:00:00.000Z', renewalDate: null, deleted: false, ...extra,
});
const ev = (accountId: string, kind: RetentionEvent['kind'], at: string, fromArrMinor: number | null, toArrMinor: number | null, extra: Partial<RetentionEvent> = {}): RetentionEvent => ({
  accountId, kind, at, fromArrMinor, toArrMinor, currency: 'USD', fromStage: null, toStage: null, renewalDate: null, deleted: false, ...extra,
});

describe('retention', () => {
  it('computes GRR, NRR, expansion, contraction and churn by hand (one currency)', () => {
    // Start of November: A 1000, B 1000, C 1000, D 1000 (USD) = 4000.
    // During November: A expands to 1500 (+500), B contracts to 800 (−200), C churns (−1000), D unchanged.
    const accounts = [acc('A', 1500), acc('B', 800), acc('C', 1000, 'USD', { lifecycleStage: 'churned' }), acc('D', 1000)];
    const events = [
      ev('A', 'arr_changed', '2026-11-10T10:00:00.000Z', 1000, 1500),
      ev('B', 'downgraded', '2026-11-12T10:00:00.000Z', 1000, 800),
      ev('C', 'churned', '2026-11-20T10:00:00.000Z', 1000, 0, { fromStage: 'renewing', toStage: 'churned' }),
    ];
    const r = retention(accounts, events, nov, 'UTC');
    expect(r.byCurrency).toEqual([{ currency: 'USD', startingArr: 4000, expansion: 500, contraction: 200, churnedArr: 1000, endingArr: 3300, grr: 2800 / 4000, nrr: 3300 / 4000 }]);
    expect(r.logoChurn).toEqual({ atStart: 4, churned: 1, rate: 0.25 });
    expect(r.historyNote).toMatch(/starts on 2026-11-10/);
  });

  it('keeps each currency apart and never sums across them', () => {
    const accounts = [acc('U', 1000, 'USD'), acc('E', 2000, 'EUR')];
    const events = [ev('E', 'arr_changed', '2026-11-03T00:00:00.000Z', 2000, 1000, { currency: 'EUR' }), ev('U', 'arr_changed', '2026-10-01T00:00:00.000Z', 500, 1000)];
    const r = retention(accounts, events, nov, 'UTC');
    expect(r.byCurrency.map((c) => [c.currency, c.startingArr, c.grr, c.nrr])).toEqual([['EUR', 2000, 0.5, 0.5], ['USD', 1000, 1, 1]]);
  });

  it('counts a single account, leaves out accounts created during the period and those churned before it', () => {
    const accounts = [acc('only', 1200), acc('new', 900, 'USD', { createdAt: '2026-11-05T00:00:00.000Z' }), acc('old', 500, 'USD', { lifecycleStage: 'churned' })];
    const events = [ev('old', 'churned', '2026-09-01T00:00:00.000Z', 500, 500, { fromStage: 'at_risk', toStage: 'churned' })];
    const r = retention(accounts, events, nov, 'UTC');
    expect(r.byCurrency).toEqual([{ currency: 'USD', startingArr: 1200, expansion: 0, contraction: 0, churnedArr: 0, endingArr: 1200, grr: 1, nrr: 1 }]);
    expect(r.logoChurn).toEqual({ atStart: 1, churned: 0, rate: 0 });
  });

  it('gives no figure for an empty portfolio and says when there is no history at all', () => {
    const r = retention([], [], nov, 'UTC');
    expect(r.byCurrency).toEqual([]);
    expect(r.logoChurn.rate).toBeNull();
    expect(r.historyNote).toMatch(/No contract history/);
  });

  it('says plainly when the history starts after the period began', () => {
    const r = retention([acc('A', 1000)], [ev('A', 'arr_changed', '2026-11-10T00:00:00.000Z', 800, 1000)], nov, 'UTC');
    expect(r.historyNote).toMatch(/starts on 2026-11-10/);
    // Before its first change, the account is taken at that change's "from" value.
    expect(r.byCurrency[0]).toMatchObject({ startingArr: 800, expansion: 200, nrr: 1.25 });
  });

  it('reads an account back to its value and stage at a date', () => {
    const events = [ev('A', 'arr_changed', '2026-06-01T00:00:00.000Z', 100, 200), ev('A', 'arr_changed', '2026-09-01T00:00:00.000Z', 200, 300)];
    expect(accountStateAt(acc('A', 300), events, '2026-07-01', 'UTC')).toEqual({ arr: 200, currency: 'USD', churned: false });
    expect(accountStateAt(acc('A', 300), events, '2026-01-01', 'UTC')).toEqual({ arr: 100, currency: 'USD', churned: false });
    expect(accountStateAt(acc('A', 300, 'USD', { createdAt: '2026-08-01T00:00:00.000Z' }), events, '2026-07-01', 'UTC')).toBeNull();
  });
});

describe('renewal rate', () => {
  it('divides the renewals recorded for dates in the period by every renewal due in it, pending ones included', () => {
    const accounts = [
      acc('R', 1000, 'USD', { renewalDate: '2027-11-05' }), acc('D', 800, 'USD', { renewalDate: '2027-11-20' }),
      acc('C', 0, 'USD', { lifecycleStage: 'churned', renewalDate: '2026-11-25' }), acc('P', 500, 'USD', { renewalDate: '2026-11-28' }),
      acc('Later', 500, 'USD', { renewalDate: '2026-12-10' }),
    ];
    const events = [
      ev('R', 'renewed', '2026-11-01T00:00:00.000Z', 1000, 1000, { renewalDate: '2026-11-05' }),
      ev('D', 'downgraded', '2026-11-18T00:00:00.000Z', 1000, 800, { renewalDate: '2026-11-20' }),
      ev('C', 'churned', '2026-11-25T00:00:00.000Z', 700, 0, { renewalDate: '2026-11-25' }),
      ev('Q', 'renewed', '2026-10-01T00:00:00.000Z', 100, 100, { renewalDate: '2026-10-01' }),
    ];
    // Due in November: R (renewed), D (renewed lower), C (churned), P (not recorded yet) = 4; renewed 2.
    expect(renewalRate(accounts, events, nov)).toEqual({ due: 4, renewed: 2, churned: 1, pending: 1, rate: 0.5 });
  });
  it('has no rate when nothing is due', () => {
    expect(renewalRate([acc('A', 1)], [], nov)).toEqual({ due: 0, renewed: 0, churned: 0, pending: 0, rate: null });
  });
});

describe('expansion won through leads', () => {
  it('sums per currency the ARR won in the period', () => {
    const won = [
      { accountId: 'a', currency: 'USD', arrMinor: 100, wonAt: '2026-11-03T00:00:00.000Z' }, { accountId: 'b', currency: 'EUR', arrMinor: 50, wonAt: '2026-11-04T00:00:00.000Z' },
      { accountId: 'c', currency: 'USD', arrMinor: 25, wonAt: '2026-11-30T23:00:00.000Z' }, { accountId: 'd', currency: 'USD', arrMinor: 999, wonAt: '2026-12-01T00:00:00.000Z' },
    ];
    expect([...expansionWon(won, nov, 'UTC')]).toEqual([['USD', 125], ['EUR', 50]]);
  });
});
