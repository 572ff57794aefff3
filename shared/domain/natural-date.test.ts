import { describe, expect, it } from 'vitest';
import { extractTrailingDate, parseDueDate } from './natural-date';

// 2026-11-18 is a Wednesday; 2026-11-20 a Friday.
const wed = '2026-11-18';
const date = (input: string, today = wed) => {
  const r = parseDueDate(input, today);
  return r.ok ? r.date : `error: ${r.message}`;
};

describe('parseDueDate', () => {
  it('reads today and tomorrow, in any case and spacing', () => {
    expect(date('today')).toBe(wed);
    expect(date('  Tomorrow ')).toBe('2026-11-19');
    expect(date('tmr')).toBe('2026-11-19');
    expect(date('TMRW.')).toBe('2026-11-19');
    expect(date('tomorrow', '2028-02-28')).toBe('2028-02-29');
    expect(date('tomorrow', '2026-12-31')).toBe('2027-01-01');
  });

  it('reads a weekday as the next one strictly after today', () => {
    expect(date('fri')).toBe('2026-11-20');
    expect(date('Friday')).toBe('2026-11-20');
    expect(date('thu')).toBe('2026-11-19');
    expect(date('mon')).toBe('2026-11-23');
    expect(date('wed')).toBe('2026-11-25');
    expect(date('fri', '2026-11-20')).toBe('2026-11-27');
    expect(date('sun', '2026-11-28')).toBe('2026-11-29');
  });

  it('reads "next <weekday>" as that day of next calendar week, "next week" as next Monday', () => {
    expect(date('next fri')).toBe('2026-11-27');
    expect(date('next mon')).toBe('2026-11-23');
    expect(date('next fri', '2026-11-21')).toBe('2026-11-27');
    expect(date('next week')).toBe('2026-11-23');
    expect(date('next week', '2026-11-23')).toBe('2026-11-30');
    expect(date('next week', '2026-11-22')).toBe('2026-11-23');
  });

  it('reads relative spans', () => {
    expect(date('in 3 days')).toBe('2026-11-21');
    expect(date('in 3d')).toBe('2026-11-21');
    expect(date('in 2 weeks')).toBe('2026-12-02');
    expect(date('in a week')).toBe('2026-11-25');
    expect(date('in 1 month')).toBe('2026-12-18');
    expect(date('in 1 month', '2026-01-31')).toBe('2026-02-28');
    expect(date('in 1 month', '2028-01-31')).toBe('2028-02-29');
    expect(date('in 0 days')).toBe(wed);
    expect(date('in 3 fortnights')).toMatch(/isn't a unit/);
    expect(date('in 9999 weeks')).toMatch(/ten years/);
  });

  it('reads ISO dates and rejects impossible ones', () => {
    expect(date('2027-01-15')).toBe('2027-01-15');
    expect(date('2028-02-29')).toBe('2028-02-29');
    expect(date('2027-02-29')).toMatch(/February 2027 has only 28 days/);
    expect(date('2027-13-01')).toMatch(/isn't a month/);
  });

  it('reads day-month and month-day as the next occurrence on or after today', () => {
    expect(date('15 jan')).toBe('2027-01-15');
    expect(date('jan 15')).toBe('2027-01-15');
    expect(date('January 15th')).toBe('2027-01-15');
    expect(date('dec 1')).toBe('2026-12-01');
    expect(date('nov 18')).toBe(wed);
    expect(date('nov 17')).toBe('2027-11-17');
    expect(date('15 jan 2028')).toBe('2028-01-15');
    expect(date('jan 15, 2028')).toBe('2028-01-15');
    expect(date('31 apr')).toMatch(/April has only 30 days/);
    expect(date('15 foo')).toMatch(/"foo" isn't a month/);
  });

  it('finds the next leap day', () => {
    expect(date('feb 29')).toBe('2028-02-29');
    expect(date('2/29', '2028-02-29')).toBe('2028-02-29');
    expect(date('2/29', '2028-03-01')).toBe('2032-02-29');
  });

  it('reads month/day with an optional year', () => {
    expect(date('1/15')).toBe('2027-01-15');
    expect(date('12/31')).toBe('2026-12-31');
    expect(date('11/18')).toBe(wed);
    expect(date('1/15/2028')).toBe('2028-01-15');
    expect(date('15/1')).toMatch(/month\/day/);
    expect(date('2/30')).toMatch(/February has only 29 days/);
  });

  it('reads end of month', () => {
    expect(date('end of month')).toBe('2026-11-30');
    expect(date('eom')).toBe('2026-11-30');
    expect(date('eom', '2028-02-10')).toBe('2028-02-29');
    expect(date('eom', '2026-12-31')).toBe('2026-12-31');
  });

  it('explains what it could not read', () => {
    expect(date('')).toMatch(/Type a due date/);
    expect(date('someday')).toMatch(/Couldn't read "someday".*tomorrow/);
  });
});

describe('extractTrailingDate', () => {
  it('splits a title from its trailing date phrase', () => {
    expect(extractTrailingDate('Send the SSO roadmap fri', wed)).toEqual({ title: 'Send the SSO roadmap', dueDate: '2026-11-20' });
    expect(extractTrailingDate('Follow up on pricing in 2 weeks', wed)).toEqual({ title: 'Follow up on pricing', dueDate: '2026-12-02' });
    expect(extractTrailingDate('Share the QBR deck 15 jan 2027', wed)).toEqual({ title: 'Share the QBR deck', dueDate: '2027-01-15' });
    expect(extractTrailingDate('Close the loop end of month', wed)).toEqual({ title: 'Close the loop', dueDate: '2026-11-30' });
  });

  it('drops a connecting "by", "on" or "due" and trailing punctuation', () => {
    expect(extractTrailingDate('Send invoice copy by tomorrow', wed)).toEqual({ title: 'Send invoice copy', dueDate: '2026-11-19' });
    expect(extractTrailingDate('Renewal quote, due on 1/15', wed)).toEqual({ title: 'Renewal quote', dueDate: '2027-01-15' });
  });

  it('leaves lines without a trailing date alone', () => {
    expect(extractTrailingDate('Fix 2 bugs', wed)).toEqual({ title: 'Fix 2 bugs', dueDate: null });
    expect(extractTrailingDate('  Call  Tom  ', wed)).toEqual({ title: 'Call Tom', dueDate: null });
    expect(extractTrailingDate('', wed)).toEqual({ title: '', dueDate: null });
  });

  it('never takes the whole line as the date', () => {
    expect(extractTrailingDate('tomorrow', wed)).toEqual({ title: 'tomorrow', dueDate: null });
    expect(extractTrailingDate('by fri', wed)).toEqual({ title: 'by', dueDate: '2026-11-20' });
  });
});
