import { describe, expect, it } from 'vitest';
import { periodContaining, periodsEndingWith, previousPeriod, shortPeriodLabel } from './period';
import { answersIn, cesOf, csatOf, npsBy, npsOf, repeatDetractors } from './satisfaction';

const a = (accountId: string, kind: 'nps' | 'csat' | 'ces', score: number, respondedAt = '2026-11-10T12:00:00.000Z') => ({ accountId, kind, score, respondedAt, deleted: false });

describe('NPS, CSAT and CES', () => {
  it('NPS is % promoters minus % detractors (hand-computed: 2 promoters, 1 passive, 2 detractors of 5 → 0)', () => {
    const list = [a('x', 'nps', 10), a('x', 'nps', 9), a('x', 'nps', 8), a('y', 'nps', 6), a('y', 'nps', 0), a('y', 'csat', 5)];
    expect(npsOf(list)).toEqual({ responses: 5, promoters: 2, passives: 1, detractors: 2, score: 0 });
    expect(npsOf([a('x', 'nps', 9), a('x', 'nps', 9), a('x', 'nps', 3), a('x', 'nps', 7)]).score).toBe(25);
  });
  it('gives no score for no answers (an empty period)', () => {
    expect(npsOf([]).score).toBeNull();
    expect(csatOf([]).share).toBeNull();
    expect(cesOf([]).average).toBeNull();
  });
  it('CSAT is the share of 4–5; CES the average effort; deleted answers do not count', () => {
    expect(csatOf([a('x', 'csat', 5), a('x', 'csat', 4), a('x', 'csat', 3), a('x', 'csat', 1), { ...a('x', 'csat', 5), deleted: true }])).toEqual({ responses: 4, satisfied: 2, share: 0.5 });
    expect(cesOf([a('x', 'ces', 7), a('x', 'ces', 4)])).toEqual({ responses: 2, average: 5.5 });
  });
  it('counts NPS per group (a single account included) and finds repeat detractors', () => {
    const list = [a('x', 'nps', 10), a('y', 'nps', 2), a('y', 'nps', 5), a('z', 'csat', 1)];
    expect(npsBy(list, (r) => r.accountId).map((g) => [g.group, g.nps.score])).toEqual([['x', 100], ['y', -100]]);
    expect(repeatDetractors(list)).toEqual([{ accountId: 'y', count: 2 }]);
  });
  it('keeps the answers of a month on the user calendar', () => {
    const nov = periodContaining('month', '2026-11-01');
    const list = [a('x', 'nps', 9, '2026-10-31T23:30:00.000Z'), a('x', 'nps', 9, '2026-11-30T23:30:00.000Z')];
    expect(answersIn(list, nov, 'UTC')).toHaveLength(1);
    // In Berlin (UTC+1), 31 October 23:30 UTC is already 1 November; 30 November 23:30 UTC is December.
    expect(answersIn(list, nov, 'Europe/Berlin').map((r) => r.respondedAt)).toEqual(['2026-10-31T23:30:00.000Z']);
  });
});

describe('periods', () => {
  it('names months and quarters and walks back through them', () => {
    const q = periodContaining('quarter', '2026-11-15');
    expect(q).toEqual({ kind: 'quarter', start: '2026-10-01', end: '2027-01-01', label: 'Q4 2026' });
    expect(previousPeriod(periodContaining('month', '2026-01-15')).label).toBe('December 2025');
    expect(periodsEndingWith(periodContaining('month', '2026-02-01'), 3).map(shortPeriodLabel)).toEqual(['Dec 25', 'Jan 26', 'Feb 26']);
  });
});
