import { describe, expect, it } from 'vitest';
import { chartMetric, npsResponses, usageByWeek } from './account-series';

const p = (date: string, value: number, metric = 'weekly_active_users', deleted = false) => ({ date, metric, value, deleted });

describe('account chart series', () => {
  it('picks weekly active users, else the metric with most points', () => {
    expect(chartMetric([p('2026-11-02', 1, 'logins'), p('2026-11-09', 1, 'weekly_active_users')])).toBe('weekly_active_users');
    expect(chartMetric([p('2026-11-02', 1, 'logins'), p('2026-11-09', 1, 'logins'), p('2026-11-09', 1, 'seats')])).toBe('logins');
    expect(chartMetric([p('2026-11-02', 1, 'logins', true)])).toBeNull();
  });

  it('gives one value per week (the highest), empty weeks as null, older and future points left out', () => {
    // 2026-11-23 is a Monday.
    const usage = [p('2026-11-24', 40), p('2026-11-26', 45), p('2026-11-17', 30), p('2026-11-25', 99, 'logins'), p('2026-12-01', 70), p('2026-01-01', 5), p('2026-11-18', 500, 'weekly_active_users', true)];
    expect(usageByWeek(usage, 'weekly_active_users', '2026-11-27', 3)).toEqual([
      { week: '2026-11-09', value: null }, { week: '2026-11-16', value: 30 }, { week: '2026-11-23', value: 45 },
    ]);
  });

  it('lists NPS responses oldest first, without CSAT or deleted ones', () => {
    expect(npsResponses([
      { kind: 'nps', score: 9, respondedAt: '2026-10-02T10:00:00.000Z', contactId: null, deleted: false },
      { kind: 'csat', score: 4, respondedAt: '2026-09-02T10:00:00.000Z', contactId: null, deleted: false },
      { kind: 'nps', score: 3, respondedAt: '2026-08-02T10:00:00.000Z', contactId: null, deleted: false },
      { kind: 'nps', score: 0, respondedAt: '2026-08-03T10:00:00.000Z', contactId: null, deleted: true },
    ])).toEqual([{ date: '2026-08-02', score: 3 }, { date: '2026-10-02', score: 9 }]);
  });
});
