import { describe, expect, it } from 'vitest';
import { parseDueTime, readDueLine } from './due-phrase';

const wed = '2026-11-18';

describe('parseDueTime', () => {
  it('reads 12-hour, 24-hour and named times', () => {
    expect(parseDueTime('3pm')).toBe('15:00');
    expect(parseDueTime('3:30 PM')).toBe('15:30');
    expect(parseDueTime('12am')).toBe('00:00');
    expect(parseDueTime('12pm')).toBe('12:00');
    expect(parseDueTime('9:00')).toBe('09:00');
    expect(parseDueTime('17:45')).toBe('17:45');
    expect(parseDueTime('eod')).toBe('17:00');
    expect(parseDueTime('noon')).toBe('12:00');
  });

  it('refuses numbers that are not times', () => {
    for (const text of ['3', '13pm', '25:00', '9:75', 'fri', '0am', '']) expect(parseDueTime(text)).toBeNull();
  });
});

describe('readDueLine', () => {
  it('reads a date and a time at the end of the line', () => {
    expect(readDueLine('Send the SSO roadmap fri 3pm', wed)).toEqual({ title: 'Send the SSO roadmap', dueDate: '2026-11-20', dueTime: '15:00', problem: null });
    expect(readDueLine('Call Tom tomorrow 9:00', wed)).toEqual({ title: 'Call Tom', dueDate: '2026-11-19', dueTime: '09:00', problem: null });
    expect(readDueLine('Share notes by fri at 2 pm', wed)).toEqual({ title: 'Share notes', dueDate: '2026-11-20', dueTime: '14:00', problem: null });
  });

  it('takes a time alone as today, and eod as 17:00', () => {
    expect(readDueLine('Send the deck eod', wed)).toEqual({ title: 'Send the deck', dueDate: wed, dueTime: '17:00', problem: null });
    expect(readDueLine('Ping legal by 11am', wed)).toEqual({ title: 'Ping legal', dueDate: wed, dueTime: '11:00', problem: null });
  });

  it('keeps lines without a date or time as they are', () => {
    expect(readDueLine('Fix 2 bugs', wed)).toEqual({ title: 'Fix 2 bugs', dueDate: null, dueTime: null, problem: null });
    expect(readDueLine('Send the roadmap fri', wed)).toEqual({ title: 'Send the roadmap', dueDate: '2026-11-20', dueTime: null, problem: null });
  });

  it('refuses an impossible date with the reason instead of making it today', () => {
    const slash = readDueLine('Send the quote 2/30', wed);
    expect(slash.dueDate).toBeNull();
    expect(slash.problem).toMatch(/February has only 29 days/);
    expect(readDueLine('Send the quote feb 30 3pm', wed).problem).toMatch(/February has only 29 days/);
    expect(readDueLine('Renewal 2027-13-01', wed).problem).toMatch(/13 isn't a month/);
  });
});
