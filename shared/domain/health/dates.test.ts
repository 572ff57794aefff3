import { describe, expect, it } from 'vitest';
import { daysAgo, withinDays } from './dates';

describe('calendar days between dates', () => {
  it('counts whole calendar days from a date or an instant, across months, leap days and years', () => {
    expect(daysAgo('2026-11-22', '2026-11-22T23:59:59.000Z')).toBe(0);
    expect(daysAgo('2026-11-22', '2026-10-31')).toBe(22);
    expect(daysAgo('2024-03-01', '2024-02-28')).toBe(2);
    expect(daysAgo('2024-03-01', '2024-02-29T08:00:00Z')).toBe(1);
    expect(daysAgo('2027-01-01', '2026-12-31')).toBe(1);
    expect(daysAgo('2026-11-22', '2026-11-30')).toBe(-8);
    expect(daysAgo('2000-03-01', '1900-03-01')).toBe(36_525);
  });

  it('agrees with the calendar for every day of 1999–2031', () => {
    for (let t = Date.UTC(1999, 0, 1); t < Date.UTC(2032, 0, 1); t += 86_400_000) {
      const date = new Date(t).toISOString().slice(0, 10);
      expect(daysAgo('1970-01-01', date)).toBe(-Math.round(t / 86_400_000));
    }
  });

  it('tells a date that is not one (NaN), so no rule counts it as recent', () => {
    expect(daysAgo('2026-11-22', 'not a date')).toBeNaN();
    expect(withinDays('2026-11-22', '', 30)).toBe(false);
  });
});
