import { describe, expect, it } from 'vitest';
import { change, escalationFigures, healthDistribution, keptOnTime } from './operations';
import { periodContaining } from './period';

const nov = periodContaining('month', '2026-11-01');
const esc = (id: string, openedAt: string, resolvedAt: string | null) => ({
  id, severity: 'S2' as const, departments: [], status: resolvedAt ? 'resolved' as const : 'open' as const, openedAt, resolvedAt, deleted: false,
});

describe('escalation figures', () => {
  it('P50/P90 of the escalations resolved in the period, and updates on time for those opened in it', () => {
    const list = [
      esc('a', '2026-11-01T00:00:00.000Z', '2026-11-01T10:00:00.000Z'), // 10 h
      esc('b', '2026-11-02T00:00:00.000Z', '2026-11-03T00:00:00.000Z'), // 24 h
      esc('c', '2026-10-25T00:00:00.000Z', '2026-11-04T00:00:00.000Z'), // 240 h, opened in October
      esc('d', '2026-10-01T00:00:00.000Z', '2026-10-02T00:00:00.000Z'), // resolved in October
    ];
    const f = escalationFigures(list, [], nov, 'UTC', '2026-12-15T00:00:00.000Z');
    expect(f).toMatchObject({ opened: 2, resolved: 3, p50Hours: 24, p90Hours: 240 });
    // S2: an update every 48 h. b lived 24 h (no deadline passed); a lived 10 h → nothing due.
    expect(f.updatesOnTime).toEqual({ onTime: 0, due: 0, rate: null });
  });
});

describe('commitments kept on time', () => {
  const c = (status: 'kept' | 'slipped' | 'cancelled' | 'open', completedAt: string | null, dueDate = '2026-11-10', owedBy: 'us' | 'customer' = 'us') =>
    ({ ownerId: null, owedBy, status, completedAt, dueDate, dueTime: null, deleted: false });
  it('divides kept-by-the-due-day by every finished commitment we owed (cancelled and open ones left out)', () => {
    const list = [
      c('kept', '2026-11-09T12:00:00.000Z'), c('kept', '2026-11-12T12:00:00.000Z'), c('slipped', null), c('cancelled', '2026-11-05T00:00:00.000Z'),
      c('open', null), c('kept', '2026-11-01T00:00:00.000Z', '2026-11-10', 'customer'), c('kept', '2026-10-01T00:00:00.000Z', '2026-10-02'),
    ];
    expect(keptOnTime(list, nov, 'UTC')).toEqual({ finished: 3, onTime: 1, rate: 1 / 3 });
  });
});

describe('health distribution and change', () => {
  it('counts bands in order, with shares', () => {
    expect(healthDistribution(['healthy', 'at_risk', 'healthy', 'unknown'], ['healthy', 'watch', 'at_risk', 'unknown'])).toEqual([
      { band: 'healthy', count: 2, share: 0.5 }, { band: 'watch', count: 0, share: 0 }, { band: 'at_risk', count: 1, share: 0.25 }, { band: 'unknown', count: 1, share: 0.25 },
    ]);
    expect(healthDistribution([], ['healthy'])).toEqual([{ band: 'healthy', count: 0, share: null }]);
  });
  it('is the difference from the previous period, unknown when either is', () => {
    expect(change(40, 25)).toBe(15);
    expect(change(null, 25)).toBeNull();
  });
});
