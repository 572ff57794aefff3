import { describe, expect, it } from 'vitest';
import { readDate, readDateTime, readEnum, readList, readMoney, readNumber } from './values';

describe('reading cells of CRM exports', () => {
  it('reads dates as ISO or M/D/YYYY, with or without times', () => {
    expect(readDate('2027-03-31')).toEqual({ ok: true, value: '2027-03-31' });
    expect(readDate('3/31/2027')).toEqual({ ok: true, value: '2027-03-31' });
    expect(readDate('03/05/27')).toEqual({ ok: true, value: '2027-03-05' });
    expect(readDate('2027-03-31T10:00:00Z')).toEqual({ ok: true, value: '2027-03-31' });
    expect(readDate('2/29/2028')).toEqual({ ok: true, value: '2028-02-29' });
    expect(readDate('2/29/2027').ok).toBe(false);
    expect(readDate('31/03/2027')).toMatchObject({ ok: false, message: expect.stringContaining('month/day/year') });
    expect(readDate('soon')).toMatchObject({ ok: false });
  });

  it('reads day-first dates, dotted dates and Excel serial numbers in a day-first column', () => {
    expect(readDate('01/12/2026', 'dmy')).toEqual({ ok: true, value: '2026-12-01' });
    expect(readDate('31.03.2027', 'dmy')).toEqual({ ok: true, value: '2027-03-31' });
    expect(readDate('31-03-2027', 'dmy')).toEqual({ ok: true, value: '2027-03-31' });
    expect(readDate('3/31/2027', 'dmy')).toMatchObject({ ok: false, message: expect.stringContaining('day/month/year') });
    expect(readDate('46112')).toEqual({ ok: true, value: '2026-03-31' });
    expect(readDateTime('46112.75')).toEqual({ ok: true, value: '2026-03-31T18:00:00.000Z' });
    expect(readDateTime('22.11.2026 14:05', 'dmy')).toEqual({ ok: true, value: '2026-11-22T14:05:00.000Z' });
  });

  it('reads date-times in the common shapes', () => {
    expect(readDateTime('2026-11-22T14:05:00+01:00')).toEqual({ ok: true, value: '2026-11-22T13:05:00.000Z' });
    expect(readDateTime('2026-11-22 14:05')).toEqual({ ok: true, value: '2026-11-22T14:05:00.000Z' });
    expect(readDateTime('11/22/2026 2:05 PM')).toEqual({ ok: true, value: '2026-11-22T14:05:00.000Z' });
    expect(readDateTime('11/22/2026 12:30 am')).toEqual({ ok: true, value: '2026-11-22T00:30:00.000Z' });
    expect(readDateTime('11/22/2026')).toEqual({ ok: true, value: '2026-11-22T00:00:00.000Z' });
    expect(readDateTime('11/22/2026 25:00').ok).toBe(false);
  });

  it('reads money and numbers', () => {
    expect(readMoney('$15,000.00')).toEqual({ ok: true, value: { minor: 1_500_000, currency: 'USD' } });
    expect(readMoney('1.250.000,50 €', ',')).toEqual({ ok: true, value: { minor: 125_000_050, currency: 'EUR' } });
    expect(readMoney('1.250 €', ',')).toEqual({ ok: true, value: { minor: 125_000, currency: 'EUR' } });
    expect(readMoney('GBP 900.5')).toEqual({ ok: true, value: { minor: 90_050, currency: 'GBP' } });
    expect(readMoney('£1,200')).toEqual({ ok: true, value: { minor: 120_000, currency: 'GBP' } });
    expect(readMoney('42000')).toEqual({ ok: true, value: { minor: 4_200_000, currency: null } });
    expect(readNumber('1.234,5', ',')).toEqual({ ok: true, value: 1234.5 });
    expect(readMoney('-5').ok).toBe(false);
    expect(readMoney('TBD')).toMatchObject({ ok: false, message: '"TBD" is not an amount' });
    expect(readNumber('1,234.5')).toEqual({ ok: true, value: 1234.5 });
    expect(readNumber('').ok).toBe(false);
  });

  it('reads enums leniently and lists', () => {
    const segments = ['smb', 'mid_market', 'enterprise'] as const;
    expect(readEnum('Mid-Market', segments)).toBe('mid_market');
    expect(readEnum('Small Business', segments, { small_business: 'smb' })).toBe('smb');
    expect(readEnum('Huge', segments)).toBeNull();
    expect(readList('beta; reference, beta')).toEqual({ ok: true, value: ['beta', 'reference'] });
  });
});
