import { describe, expect, it } from 'vitest';
import {
  addDays, addMonths, dayOfWeek, daysInMonth, endOfMonth, instantAt, isValidDate, localDateOf, localTimeOf,
  startOfLocalDay, startOfWeek, toEpochMs, zoneOffsetMs,
} from './local-date';

const iso = (ms: number) => new Date(ms).toISOString();
const hour = 3_600_000;

describe('localDateOf / localTimeOf', () => {
  it('reads the calendar date of an instant in each zone', () => {
    const at = '2026-11-22T03:30:00.000Z';
    expect(localDateOf(at, 'America/New_York')).toBe('2026-11-21');
    expect(localDateOf(at, 'Europe/Berlin')).toBe('2026-11-22');
    expect(localDateOf(at, 'Asia/Kolkata')).toBe('2026-11-22');
    expect(localTimeOf(at, 'Asia/Kolkata')).toBe('09:00');
    expect(localDateOf('2026-11-22T11:30:00.000Z', 'Pacific/Auckland')).toBe('2026-11-23');
    expect(localTimeOf('2026-11-22T11:30:00.000Z', 'Pacific/Auckland')).toBe('00:30');
  });

  it('reads midnight as 00:00, not 24:00', () => {
    expect(localTimeOf('2026-11-22T05:00:00.000Z', 'America/New_York')).toBe('00:00');
    expect(localDateOf('2026-11-22T05:00:00.000Z', 'America/New_York')).toBe('2026-11-22');
  });

  it('accepts epoch ms and Dates, and rejects garbage', () => {
    const ms = Date.parse('2028-02-29T12:00:00.000Z');
    expect(localDateOf(ms, 'Europe/Berlin')).toBe('2028-02-29');
    expect(localDateOf(new Date(ms), 'Europe/Berlin')).toBe('2028-02-29');
    expect(() => toEpochMs('yesterday-ish')).toThrow(RangeError);
  });

  it('knows the offsets either side of DST', () => {
    expect(zoneOffsetMs('2026-03-08T06:00:00.000Z', 'America/New_York')).toBe(-5 * hour);
    expect(zoneOffsetMs('2026-03-08T08:00:00.000Z', 'America/New_York')).toBe(-4 * hour);
    expect(zoneOffsetMs('2026-06-01T00:00:00.000Z', 'Asia/Kolkata')).toBe(5.5 * hour);
    expect(zoneOffsetMs('2026-01-01T00:00:00.000Z', 'Pacific/Auckland')).toBe(13 * hour);
  });
});

describe('calendar arithmetic', () => {
  it('adds days across month ends, year ends and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-03-07', 2)).toBe('2026-03-09');
  });

  it('adds months clamping to the month end', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-15', 2)).toBe('2027-01-15');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });

  it('knows month lengths and month ends', () => {
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(endOfMonth('2028-02-03')).toBe('2028-02-29');
    expect(endOfMonth('2026-04-30')).toBe('2026-04-30');
  });

  it('validates real dates', () => {
    expect(isValidDate('2028-02-29')).toBe(true);
    expect(isValidDate('2027-02-29')).toBe(false);
    expect(isValidDate('2026-13-01')).toBe(false);
    expect(isValidDate('26-1-1')).toBe(false);
  });

  it('numbers weekdays from Monday and finds the week start', () => {
    expect(dayOfWeek('2026-11-23')).toBe(1);
    expect(dayOfWeek('2026-11-22')).toBe(7);
    expect(startOfWeek('2026-11-22')).toBe('2026-11-16');
    expect(startOfWeek('2026-11-23')).toBe('2026-11-23');
    expect(startOfWeek('2026-03-01')).toBe('2026-02-23');
  });
});

describe('instantAt', () => {
  it('places a local time in each zone', () => {
    expect(iso(instantAt('2026-11-22', '09:00', 'America/New_York'))).toBe('2026-11-22T14:00:00.000Z');
    expect(iso(instantAt('2026-11-22', '09:00', 'Europe/Berlin'))).toBe('2026-11-22T08:00:00.000Z');
    expect(iso(instantAt('2026-11-22', '09:00', 'Asia/Kolkata'))).toBe('2026-11-22T03:30:00.000Z');
    expect(iso(instantAt('2026-11-22', '09:00', 'Pacific/Auckland'))).toBe('2026-11-21T20:00:00.000Z');
  });

  it('moves a time skipped by spring-forward past the gap (US 2026-03-08, EU 2026-03-29)', () => {
    expect(iso(instantAt('2026-03-08', '02:30', 'America/New_York'))).toBe('2026-03-08T07:30:00.000Z');
    expect(localTimeOf(instantAt('2026-03-08', '02:30', 'America/New_York'), 'America/New_York')).toBe('03:30');
    expect(iso(instantAt('2026-03-08', '03:00', 'America/New_York'))).toBe('2026-03-08T07:00:00.000Z');
    expect(iso(instantAt('2026-03-29', '02:15', 'Europe/Berlin'))).toBe('2026-03-29T01:15:00.000Z');
    expect(iso(instantAt('2026-03-29', '01:59', 'Europe/Berlin'))).toBe('2026-03-29T00:59:00.000Z');
  });

  it('takes the first of a repeated hour (US 2026-11-01, EU 2026-10-25)', () => {
    expect(iso(instantAt('2026-11-01', '01:30', 'America/New_York'))).toBe('2026-11-01T05:30:00.000Z');
    expect(iso(instantAt('2026-11-01', '02:00', 'America/New_York'))).toBe('2026-11-01T07:00:00.000Z');
    expect(iso(instantAt('2026-10-25', '02:30', 'Europe/Berlin'))).toBe('2026-10-25T00:30:00.000Z');
  });

  it('handles Auckland DST (2026-04-05 back, 2026-09-27 forward)', () => {
    expect(iso(instantAt('2026-04-05', '02:30', 'Pacific/Auckland'))).toBe('2026-04-04T13:30:00.000Z');
    expect(localTimeOf(instantAt('2026-09-27', '02:30', 'Pacific/Auckland'), 'Pacific/Auckland')).toBe('03:30');
  });

  it('gives day starts, and day lengths that follow DST', () => {
    const ny = 'America/New_York';
    expect(startOfLocalDay('2026-03-09', ny) - startOfLocalDay('2026-03-08', ny)).toBe(23 * hour);
    expect(startOfLocalDay('2026-11-02', ny) - startOfLocalDay('2026-11-01', ny)).toBe(25 * hour);
    expect(startOfLocalDay('2028-03-01', 'Asia/Kolkata') - startOfLocalDay('2028-02-29', 'Asia/Kolkata')).toBe(24 * hour);
  });

  it('rejects bad times', () => {
    expect(() => instantAt('2026-11-22', '24:00', 'Europe/Berlin')).toThrow(RangeError);
    expect(() => instantAt('2026-11-22', '9:00', 'Europe/Berlin')).toThrow(RangeError);
  });
});

describe('zone math read once per quarter hour', () => {
  it('gives every minute around a DST change the same local time as Intl does', () => {
    const read = (ms: number, zone: string) => new Intl.DateTimeFormat('en-GB', { timeZone: zone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit' }).format(ms);
    // New York springs forward at 07:00 UTC on 2026-03-08; Lord Howe changes by 30 minutes; Kathmandu is +05:45;
    // Monrovia went from -00:44:30 to GMT at 00:44:30 UTC on 1972-01-07, inside a quarter hour.
    for (const [zone, from] of [['America/New_York', Date.UTC(2026, 2, 8, 6)], ['Australia/Lord_Howe', Date.UTC(2026, 3, 4, 14)], ['Asia/Kathmandu', Date.UTC(2026, 0, 1)], ['Africa/Monrovia', Date.UTC(1972, 0, 6, 23, 30)]] as const) {
      for (let ms = from; ms < from + 2 * 3_600_000; ms += 60_000 + 7_001) {
        expect(localTimeOf(ms, zone)).toBe(read(ms, zone));
      }
    }
  });
});
