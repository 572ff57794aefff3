import { describe, expect, it } from 'vitest';
import { isDueThisWeek, isDueToday, isOpenCommitment, isOverdue, type CommitmentStatusFields } from './commitment';

const ny = 'America/New_York';
const make = (over: Partial<CommitmentStatusFields> = {}): CommitmentStatusFields => ({
  status: 'open', deleted: false, dueDate: '2026-11-18', dueTime: null, ...over,
});
/** Which of the exclusive states a commitment is in at `now`. */
const state = (c: CommitmentStatusFields, now: string, zone = ny) =>
  isOverdue(c, now, zone) ? 'overdue' : isDueToday(c, now, zone) ? 'today' : isDueThisWeek(c, now, zone) ? 'week' : 'later';

describe('isOpenCommitment', () => {
  it('is open while open or renegotiated and not deleted', () => {
    expect(isOpenCommitment(make())).toBe(true);
    expect(isOpenCommitment(make({ status: 'renegotiated' }))).toBe(true);
    for (const status of ['kept', 'slipped', 'cancelled'] as const) expect(isOpenCommitment(make({ status }))).toBe(false);
    expect(isOpenCommitment(make({ deleted: true }))).toBe(false);
  });
});

describe('isOverdue', () => {
  it('without a due time, is overdue only after the end of the due day in the user zone', () => {
    const c = make({ dueDate: '2026-11-18' });
    expect(isOverdue(c, '2026-11-19T04:59:59.999Z', ny)).toBe(false); // 23:59:59.999 in New York
    expect(isOverdue(c, '2026-11-19T05:00:00.000Z', ny)).toBe(true); // midnight in New York
    expect(isOverdue(c, '2026-11-18T23:30:00.000Z', 'Europe/Berlin')).toBe(true); // already Thursday 00:30 in Berlin
    expect(isOverdue(c, '2026-11-18T23:30:00.000Z', 'America/Los_Angeles')).toBe(false);
  });

  it('with a due time, is overdue after that time in the user zone, on the due day', () => {
    const c = make({ dueDate: '2026-11-18', dueTime: '14:00' });
    expect(isOverdue(c, '2026-11-18T19:00:00.000Z', ny)).toBe(false); // 14:00 exactly
    expect(isOverdue(c, '2026-11-18T19:00:00.001Z', ny)).toBe(true);
    expect(isOverdue(c, '2026-11-18T19:00:00.001Z', 'Asia/Kolkata')).toBe(true); // 00:30 the next day there
    expect(isOverdue(c, '2026-11-18T08:00:00.000Z', 'Asia/Kolkata')).toBe(false); // 13:30 there
  });

  it('past days are overdue and later days are not, whatever the time', () => {
    expect(isOverdue(make({ dueDate: '2026-11-17', dueTime: '23:59' }), '2026-11-18T05:00:00.000Z', ny)).toBe(true);
    expect(isOverdue(make({ dueDate: '2026-11-19', dueTime: '00:00' }), '2026-11-19T04:59:00.000Z', ny)).toBe(false);
  });

  it('never counts closed or deleted commitments', () => {
    for (const status of ['kept', 'slipped', 'cancelled'] as const) expect(isOverdue(make({ status, dueDate: '2020-01-01' }), '2026-11-18T12:00:00.000Z', ny)).toBe(false);
    expect(isOverdue(make({ deleted: true, dueDate: '2020-01-01' }), '2026-11-18T12:00:00.000Z', ny)).toBe(false);
    expect(isOverdue(make({ status: 'renegotiated', dueDate: '2020-01-01' }), '2026-11-18T12:00:00.000Z', ny)).toBe(true);
  });

  it('follows DST: the 23-hour and 25-hour days end at local midnight', () => {
    // Spring forward in New York, 2026-03-08: the day ends at 04:00Z (EDT), not 05:00Z.
    const spring = make({ dueDate: '2026-03-08' });
    expect(isOverdue(spring, '2026-03-09T03:59:59.999Z', ny)).toBe(false);
    expect(isOverdue(spring, '2026-03-09T04:00:00.000Z', ny)).toBe(true);
    // Fall back, 2026-11-01: the day has 25 hours and ends at 05:00Z (EST).
    const fall = make({ dueDate: '2026-11-01' });
    expect(isOverdue(fall, '2026-11-02T04:30:00.000Z', ny)).toBe(false);
    expect(isOverdue(fall, '2026-11-02T05:00:00.000Z', ny)).toBe(true);
    // A due time inside the spring gap (02:30 does not exist) falls due at 03:30 EDT.
    const gap = make({ dueDate: '2026-03-08', dueTime: '02:30' });
    expect(isOverdue(gap, '2026-03-08T07:30:00.000Z', ny)).toBe(false);
    expect(isOverdue(gap, '2026-03-08T07:30:00.001Z', ny)).toBe(true);
  });
});

describe('due today and due this week', () => {
  const wednesday10 = '2026-11-18T15:00:00.000Z'; // Wednesday 10:00 in New York

  it('puts every open commitment in exactly one of overdue / today / this week / later', () => {
    expect(state(make({ dueDate: '2026-11-17' }), wednesday10)).toBe('overdue');
    expect(state(make({ dueDate: '2026-11-18', dueTime: '09:00' }), wednesday10)).toBe('overdue');
    expect(state(make({ dueDate: '2026-11-18', dueTime: '16:00' }), wednesday10)).toBe('today');
    expect(state(make({ dueDate: '2026-11-18' }), wednesday10)).toBe('today');
    expect(state(make({ dueDate: '2026-11-22' }), wednesday10)).toBe('week'); // Sunday
    expect(state(make({ dueDate: '2026-11-23' }), wednesday10)).toBe('later'); // next Monday
  });

  it('counts today\'s still-due commitments as due this week, but not overdue ones', () => {
    expect(isDueThisWeek(make({ dueDate: '2026-11-18', dueTime: '16:00' }), wednesday10, ny)).toBe(true);
    expect(isDueThisWeek(make({ dueDate: '2026-11-18', dueTime: '09:00' }), wednesday10, ny)).toBe(false);
    expect(isDueToday(make({ dueDate: '2026-11-18', status: 'kept' }), wednesday10, ny)).toBe(false);
  });

  it('takes today from the user zone: late evening in New York is tomorrow in Berlin', () => {
    const late = '2026-11-19T03:00:00.000Z'; // Wed 22:00 New York, Thu 04:00 Berlin
    const thursday = make({ dueDate: '2026-11-19' });
    expect(isDueToday(thursday, late, ny)).toBe(false);
    expect(isDueThisWeek(thursday, late, ny)).toBe(true);
    expect(isDueToday(thursday, late, 'Europe/Berlin')).toBe(true);
  });

  it('has only today left in the week on a Sunday', () => {
    const sundayNoon = '2026-11-22T17:00:00.000Z';
    expect(isDueThisWeek(make({ dueDate: '2026-11-22' }), sundayNoon, ny)).toBe(true);
    expect(isDueThisWeek(make({ dueDate: '2026-11-23' }), sundayNoon, ny)).toBe(false);
  });
});
