import { describe, expect, it } from 'vitest';
import { bandCountsOver, biggestHealthDrops, healthDatesFor, healthDropLines, healthFigureLines, type HealthSeries } from './health-over-time';
import { periodContaining, periodsEndingWith } from './period';
import type { RetentionAccount, RetentionEvent } from './retention';

const thresholds = { healthy: 70, watch: 45 };
const acc = (id: string, extra: Partial<RetentionAccount> = {}): RetentionAccount & { name: string } => ({
  id, name: `Account ${id}`, arrMinor: 1000, currency: 'USD', lifecycleStage: 'mature', createdAt: '2025-01-01T00:00:00.000Z', renewalDate: null, deleted: false, ...extra,
});
const churn = (accountId: string, at: string): RetentionEvent => ({
  accountId, kind: 'churned', at, fromArrMinor: 1000, toArrMinor: 0, currency: 'USD', fromStage: 'renewing', toStage: 'churned', renewalDate: null, deleted: false,
});
const series = (dates: string[], rows: Record<string, (number | null)[]>): HealthSeries => ({ dates, scores: new Map(Object.entries(rows)) });

describe('healthDatesFor', () => {
  it('asks for the day before the first period, then each period end, today for the running one', () => {
    const periods = periodsEndingWith(periodContaining('month', '2026-11-28'), 3);
    expect(healthDatesFor(periods, '2026-11-28')).toEqual(['2026-08-31', '2026-09-30', '2026-10-31', '2026-11-28']);
  });

  it('ends quarters on their last day, across a year', () => {
    const periods = periodsEndingWith(periodContaining('quarter', '2026-02-10'), 2);
    expect(healthDatesFor(periods, '2026-02-10')).toEqual(['2025-09-30', '2025-12-31', '2026-02-10']);
  });

  it('asks for nothing without periods', () => {
    expect(healthDatesFor([], '2026-11-28')).toEqual([]);
  });
});

describe('bandCountsOver', () => {
  const dates = ['2026-09-30', '2026-10-31', '2026-11-28'];
  it('counts each band on each date, a null score as no score, with the thresholds inclusive', () => {
    // A: 70 healthy → 69 watch → 44 at risk. B: 45 watch → null no score → 90 healthy. C: 20 at risk throughout.
    const s = series(dates, { A: [70, 69, 44], B: [45, null, 90], C: [20, 20, 20] });
    expect(bandCountsOver(s, [acc('A'), acc('B'), acc('C')], [], thresholds, 'UTC')).toEqual([
      { date: '2026-09-30', counts: { healthy: 1, watch: 1, at_risk: 1, unknown: 0 } },
      { date: '2026-10-31', counts: { healthy: 0, watch: 1, at_risk: 1, unknown: 1 } },
      { date: '2026-11-28', counts: { healthy: 1, watch: 0, at_risk: 2, unknown: 0 } },
    ]);
  });

  it('leaves out accounts not created yet, churned by then, deleted, or not in the slice', () => {
    // N is created on 15 October: counted from 31 October. X churns on 20 October: counted on 30 September only.
    const s = series(dates, { N: [80, 80, 80], X: [30, 30, 30], D: [80, 80, 80], Other: [80, 80, 80] });
    const accounts = [acc('N', { createdAt: '2026-10-15T09:00:00.000Z' }), acc('X', { lifecycleStage: 'churned' }), acc('D', { deleted: true })];
    const counts = bandCountsOver(s, accounts, [churn('X', '2026-10-20T10:00:00.000Z')], thresholds, 'UTC').map((p) => p.counts);
    expect(counts).toEqual([
      { healthy: 0, watch: 0, at_risk: 1, unknown: 0 },
      { healthy: 1, watch: 0, at_risk: 0, unknown: 0 },
      { healthy: 1, watch: 0, at_risk: 0, unknown: 0 },
    ]);
  });

  it('counts nothing for an empty portfolio and skips accounts the worker has not scored', () => {
    expect(bandCountsOver(series(dates, {}), [acc('A')], [], thresholds, 'UTC').map((p) => p.counts.healthy + p.counts.watch + p.counts.at_risk + p.counts.unknown)).toEqual([0, 0, 0]);
  });
});

describe('biggestHealthDrops', () => {
  const dates = ['2026-10-31', '2026-11-28'];
  const drivers: Record<string, string> = { A: 'Usage down 38% against the 90-day baseline' };
  const driverOf = (id: string) => drivers[id] ?? null;

  it('lists falls of 5 points or more, biggest first, ties by name, with the score then and now and the driver', () => {
    // A 80→42 (−38), B 60→55 (−5), C 70→66 (−4, too small), D 50→60 (rose), E 75→37 (−38, ties A: by name after A).
    const s = series(dates, { A: [80, 42], B: [60, 55], C: [70, 66], D: [50, 60], E: [75, 37] });
    const drops = biggestHealthDrops(s, 0, 1, ['A', 'B', 'C', 'D', 'E'].map((id) => acc(id)), [], driverOf, 'UTC');
    expect(drops).toEqual([
      { accountId: 'A', name: 'Account A', before: 80, after: 42, drop: 38, driver: 'Usage down 38% against the 90-day baseline' },
      { accountId: 'E', name: 'Account E', before: 75, after: 37, drop: 38, driver: null },
      { accountId: 'B', name: 'Account B', before: 60, after: 55, drop: 5, driver: null },
    ]);
  });

  it('skips accounts without a score on either day and accounts churned by the end, and keeps to the limit', () => {
    const s = series(dates, { A: [null, 10], B: [90, null], X: [90, 10], C: [90, 80], D: [90, 70] });
    const accounts = [acc('A'), acc('B'), acc('X', { lifecycleStage: 'churned' }), acc('C'), acc('D')];
    const drops = biggestHealthDrops(s, 0, 1, accounts, [churn('X', '2026-11-20T10:00:00.000Z')], driverOf, 'UTC', 1);
    expect(drops.map((d) => [d.accountId, d.drop])).toEqual([['D', 20]]);
  });

  it('returns nothing when the dates are not in the series', () => {
    expect(biggestHealthDrops(series([], {}), 0, 1, [acc('A')], [], driverOf, 'UTC')).toEqual([]);
  });
});

describe('healthFigureLines', () => {
  it('lists the four bands as counts under Health', () => {
    const lines = healthFigureLines({ healthy: 3, watch: 2, at_risk: 1, unknown: 0 });
    expect(lines.map((l) => [l.key, l.label, l.value, l.group, l.format])).toEqual([
      ['health:healthy', 'Healthy accounts', 3, 'Health', 'count'], ['health:watch', 'Watch accounts', 2, 'Health', 'count'],
      ['health:at_risk', 'At-risk accounts', 1, 'Health', 'count'], ['health:unknown', 'Accounts with no score', 0, 'Health', 'count'],
    ]);
  });
});

describe('healthDropLines', () => {
  it('puts each drop in the figures CSV shape: now, then, the fall and the driver', () => {
    const [l] = healthDropLines([{ accountId: 'A', name: 'Acme', before: 80, after: 42, drop: 38, driver: 'Usage down 38%' }]);
    expect(l).toMatchObject({ group: 'Biggest health drops', label: 'Acme', value: 42, previous: 80, shown: '42', previousShown: '80', changeShown: '−38', definition: 'Top driver today: Usage down 38%' });
  });
});
