import { describe, expect, it } from 'vitest';
import { doneInPeriod, doneOutcome, personalToday, setRemindersDue, type LedgerItem } from './commitment-ledger';

const zone = 'UTC';
const now = '2026-11-18T12:00:00.000Z'; // a Wednesday
let n = 0;
const item = (over: Partial<LedgerItem>): LedgerItem => ({
  id: `c${(n += 1)}`, accountId: null, owedBy: 'us', ownerId: 'me', dueDate: '2026-11-18', dueTime: null, status: 'open',
  completedAt: null, createdAt: '2026-11-01T00:00:00.000Z', deleted: false, remindAt: null, ...over,
});

describe('doneOutcome', () => {
  it('tells kept on time from kept late by the due time', () => {
    expect(doneOutcome(item({ status: 'kept', dueTime: '15:00', completedAt: '2026-11-18T14:59:00.000Z' }), zone)).toBe('keptOnTime');
    expect(doneOutcome(item({ status: 'kept', dueTime: '15:00', completedAt: '2026-11-18T15:01:00.000Z' }), zone)).toBe('keptLate');
    expect(doneOutcome(item({ status: 'slipped' }), zone)).toBe('slipped');
    expect(doneOutcome(item({ status: 'cancelled' }), zone)).toBe('cancelled');
    expect(doneOutcome(item({ status: 'renegotiated' }), zone)).toBeNull();
  });
});

describe('doneInPeriod', () => {
  it('keeps finished commitments of the period, newest first', () => {
    const recent = item({ status: 'kept', completedAt: '2026-11-17T10:00:00.000Z' });
    const older = item({ status: 'slipped', completedAt: '2026-10-30T10:00:00.000Z' });
    const open = item({});
    const list = [older, open, recent];
    expect(doneInPeriod(list, 'week', now, zone)).toEqual([recent]);
    expect(doneInPeriod(list, 'month', now, zone)).toEqual([recent, older]);
    expect(doneInPeriod([...list, item({ status: 'kept', deleted: true })], 'all', now, zone)).toHaveLength(2);
  });
});

describe('personalToday', () => {
  it('sorts my open commitments into today, this week, owed to me and reminders', () => {
    const overdue = item({ dueDate: '2026-11-16' });
    const friday = item({ dueDate: '2026-11-20' });
    const nextWeek = item({ dueDate: '2026-11-24' });
    const theirs = item({ owedBy: 'customer', dueDate: '2026-11-30' });
    const someoneElse = item({ ownerId: 'ben' });
    const remind = item({ dueDate: '2026-12-10', remindAt: '2026-11-18T09:00:00.000Z' });
    const later = item({ dueDate: '2026-12-10', remindAt: '2026-11-19T09:00:00.000Z' });
    const out = personalToday([overdue, friday, nextWeek, theirs, someoneElse, remind, later], 'me', now, zone);
    expect(out.oweToday).toEqual([overdue]);
    expect(out.oweThisWeek).toEqual([friday]);
    expect(out.owedToMe).toEqual([theirs]);
    expect(out.reminders).toEqual([remind]);
  });
});

describe('setRemindersDue', () => {
  it('finds reminders that came due since the last check, on open commitments only', () => {
    const due = item({ remindAt: '2026-11-18T11:30:00.000Z' });
    const done = item({ remindAt: '2026-11-18T11:30:00.000Z', status: 'kept' });
    const before = item({ remindAt: '2026-11-18T10:00:00.000Z' });
    expect(setRemindersDue([due, done, before], '2026-11-18T11:00:00.000Z', now)).toEqual([due]);
  });
});
