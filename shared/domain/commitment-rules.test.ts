import { describe, expect, it } from 'vitest';
import {
  bucketCommitments, dueInstant, isOpenCommitment, isOverdue, keptRate, keptRateByAccount, keptRateByOwner, remindersDue,
  type CommitmentLike,
} from './commitment-rules';

const ny = 'America/New_York';
let seq = 0;
const make = (over: Partial<CommitmentLike> = {}): CommitmentLike => ({
  id: `c${String((seq += 1)).padStart(3, '0')}`, accountId: 'a1', owedBy: 'us', ownerId: 'me', dueDate: '2026-11-20', dueTime: null,
  status: 'open', completedAt: null, createdAt: '2026-11-01T00:00:00.000Z', deleted: false, ...over,
});
const iso = (ms: number) => new Date(ms).toISOString();
const ids = (list: CommitmentLike[]) => list.map((c) => c.id);

describe('dueInstant and isOverdue', () => {
  const due = (dueDate: string, dueTime: string | null, zone = ny) => iso(dueInstant({ dueDate, dueTime }, zone));

  it('uses the due time in the zone, or the end of the local day', () => {
    expect(due('2026-11-20', '17:00')).toBe('2026-11-20T22:00:00.000Z');
    expect(due('2026-11-20', null)).toBe('2026-11-21T04:59:59.999Z');
    expect(due('2026-11-20', null, 'Asia/Kolkata')).toBe('2026-11-20T18:29:59.999Z');
    expect(due('2026-11-20', null, 'Pacific/Auckland')).toBe('2026-11-20T10:59:59.999Z');
    expect(due('2028-02-29', null, 'Europe/Berlin')).toBe('2028-02-29T22:59:59.999Z');
  });

  it('follows DST: end of day on the short and long days, and a due time inside the gap', () => {
    expect(due('2026-03-08', null)).toBe('2026-03-09T03:59:59.999Z');
    expect(due('2026-11-01', null)).toBe('2026-11-02T04:59:59.999Z');
    expect(due('2026-03-08', '02:30')).toBe('2026-03-08T07:30:00.000Z');
    expect(due('2026-03-29', '10:00', 'Europe/Berlin')).toBe('2026-03-29T08:00:00.000Z');
  });

  it('is overdue only once the due instant has passed, and only while open or renegotiated', () => {
    const c = make({ dueDate: '2026-11-20' });
    expect(isOverdue(c, '2026-11-21T04:59:59.999Z', ny)).toBe(false);
    expect(isOverdue(c, '2026-11-21T05:00:00.000Z', ny)).toBe(true);
    expect(isOverdue({ ...c, status: 'renegotiated' }, '2026-11-22T00:00:00.000Z', ny)).toBe(true);
    expect(isOverdue({ ...c, status: 'renegotiated', dueDate: '2026-12-01' }, '2026-11-22T00:00:00.000Z', ny)).toBe(false);
    for (const status of ['kept', 'slipped', 'cancelled'] as const) expect(isOverdue({ ...c, status }, '2027-01-01T00:00:00.000Z', ny)).toBe(false);
    expect(isOverdue({ ...c, deleted: true }, '2027-01-01T00:00:00.000Z', ny)).toBe(false);
    expect(isOpenCommitment({ ...c, status: 'renegotiated' })).toBe(true);
    expect(isOverdue(c, '2026-11-20T20:00:00.000Z', 'Pacific/Auckland')).toBe(true); // same instant, another zone
  });
});

describe('bucketCommitments', () => {
  const now = '2026-11-18T15:00:00.000Z'; // Wednesday, 10:00 in New York

  it('sorts my open commitments into overdue / today / this week / later', () => {
    const earlierToday = make({ dueDate: '2026-11-18', dueTime: '09:00' });
    const yesterday = make({ dueDate: '2026-11-17' });
    const today = make({ dueDate: '2026-11-18' });
    const todayTimed = make({ dueDate: '2026-11-18', dueTime: '16:00' });
    const sunday = make({ dueDate: '2026-11-22' });
    const monday = make({ dueDate: '2026-11-23' });
    const renegotiated = make({ dueDate: '2026-11-19', status: 'renegotiated' });
    const others = [make({ ownerId: 'bob' }), make({ status: 'kept' }), make({ status: 'cancelled' }), make({ deleted: true })];
    const b = bucketCommitments([monday, sunday, today, todayTimed, yesterday, earlierToday, renegotiated, ...others], now, ny, 'me');
    expect(ids(b.overdue)).toEqual(ids([yesterday, earlierToday]));
    expect(ids(b.today)).toEqual(ids([todayTimed, today]));
    expect(ids(b.thisWeek)).toEqual(ids([renegotiated, sunday]));
    expect(ids(b.later)).toEqual(ids([monday]));
    expect(b.waitingOnCustomer).toEqual([]);
  });

  it('buckets by the local day: late evening in New York is already tomorrow in Berlin', () => {
    const late = '2026-11-19T03:00:00.000Z'; // Wed 22:00 New York, Thu 04:00 Berlin
    const thursday = make({ dueDate: '2026-11-19' });
    expect(ids(bucketCommitments([thursday], late, ny, 'me').thisWeek)).toEqual(ids([thursday]));
    expect(ids(bucketCommitments([thursday], late, 'Europe/Berlin', 'me').today)).toEqual(ids([thursday]));
  });

  it('has no "this week" left on a Sunday', () => {
    const sundayNoon = '2026-11-22T17:00:00.000Z';
    const monday = make({ dueDate: '2026-11-23' });
    const b = bucketCommitments([monday], sundayNoon, ny, 'me');
    expect(b.thisWeek).toEqual([]);
    expect(ids(b.later)).toEqual(ids([monday]));
  });

  it('puts customer-owed commitments in waitingOnCustomer, overdue ones too', () => {
    const mineLate = make({ owedBy: 'customer', ownerId: 'me', dueDate: '2026-11-10' });
    const unowned = make({ owedBy: 'customer', ownerId: null, dueDate: '2026-11-25', accountId: 'a1' });
    const otherAccount = make({ owedBy: 'customer', ownerId: null, dueDate: '2026-11-24', accountId: 'a2' });
    const someoneElses = make({ owedBy: 'customer', ownerId: 'bob', dueDate: '2026-11-24' });
    const list = [unowned, otherAccount, someoneElses, mineLate];
    expect(ids(bucketCommitments(list, now, ny, 'me').waitingOnCustomer)).toEqual(ids([mineLate, otherAccount, unowned]));
    const scoped = bucketCommitments(list, now, ny, 'me', { myAccountIds: new Set(['a1']) });
    expect(ids(scoped.waitingOnCustomer)).toEqual(ids([mineLate, unowned]));
    expect(scoped.overdue).toEqual([]);
  });

  it('breaks ties in due by creation time, then id, and copes with an empty list', () => {
    const b1 = make({ dueDate: '2026-11-30', createdAt: '2026-11-02T00:00:00.000Z' });
    const a1 = make({ dueDate: '2026-11-30', createdAt: '2026-11-01T00:00:00.000Z' });
    const a2 = make({ dueDate: '2026-11-30', createdAt: '2026-11-01T00:00:00.000Z' });
    expect(ids(bucketCommitments([b1, a2, a1], now, ny, 'me').later)).toEqual(ids([a1, a2, b1]));
    expect(bucketCommitments([], now, ny, 'me')).toEqual({ overdue: [], today: [], thisWeek: [], later: [], waitingOnCustomer: [] });
  });
});

describe('keptRate', () => {
  const now = '2026-11-18T15:00:00.000Z';

  it('is null with nothing due', () => {
    expect(keptRate([], now, ny)).toEqual({ kept: 0, due: 0, rate: null });
    expect(keptRate([make({ dueDate: '2026-12-01' }), make({ status: 'cancelled', dueDate: '2026-11-01' })], now, ny)).toEqual({ kept: 0, due: 0, rate: null });
  });

  it('counts kept on time, and kept late, slipped and open-overdue as missed', () => {
    const list = [
      make({ status: 'kept', dueDate: '2026-11-10', completedAt: '2026-11-10T20:00:00.000Z' }), // on time (15:00 local)
      make({ status: 'kept', dueDate: '2026-11-10', completedAt: '2026-11-11T06:00:00.000Z' }), // 01:00 next day: late
      make({ status: 'slipped', dueDate: '2026-12-01' }), // slipped before its date still counts
      make({ status: 'open', dueDate: '2026-11-17' }), // overdue
      make({ status: 'open', dueDate: '2026-11-18' }), // due later today: excluded
      make({ status: 'cancelled', dueDate: '2026-11-01' }),
      make({ status: 'kept', dueDate: '2026-11-01', completedAt: '2026-11-01T12:00:00.000Z', deleted: true }),
    ];
    expect(keptRate(list, now, ny)).toEqual({ kept: 1, due: 4, rate: 0.25 });
  });

  it('counts a commitment kept early, before its date, and one kept with no timestamp', () => {
    const list = [
      make({ status: 'kept', dueDate: '2026-12-15', completedAt: '2026-11-15T12:00:00.000Z' }),
      make({ status: 'kept', dueDate: '2026-11-01', completedAt: null }),
    ];
    expect(keptRate(list, now, ny)).toEqual({ kept: 2, due: 2, rate: 1 });
  });

  it('judges renegotiated commitments by their new date', () => {
    const list = [
      make({ status: 'renegotiated', dueDate: '2026-11-25' }), // new date ahead: excluded
      make({ status: 'renegotiated', dueDate: '2026-11-16' }), // new date passed: missed
      make({ status: 'kept', dueDate: '2026-11-16', completedAt: '2026-11-16T18:00:00.000Z' }), // kept by the new date
    ];
    expect(keptRate(list, now, ny)).toEqual({ kept: 1, due: 2, rate: 0.5 });
  });

  it('uses the timed due instant across the EU spring-forward', () => {
    const berlin = 'Europe/Berlin';
    const c = make({ status: 'kept', dueDate: '2026-03-29', dueTime: '12:00', completedAt: '2026-03-29T10:00:00.000Z' });
    expect(keptRate([c], '2026-04-01T00:00:00.000Z', berlin).kept).toBe(1);
    expect(keptRate([{ ...c, completedAt: '2026-03-29T10:00:00.001Z' }], '2026-04-01T00:00:00.000Z', berlin).kept).toBe(0);
  });

  it('groups by account and by owner, over our commitments only', () => {
    const list = [
      make({ accountId: 'a1', ownerId: 'me', status: 'kept', dueDate: '2026-11-10', completedAt: '2026-11-10T12:00:00.000Z' }),
      make({ accountId: 'a1', ownerId: 'bob', status: 'slipped' }),
      make({ accountId: 'a2', ownerId: 'bob', status: 'kept', dueDate: '2026-11-10', completedAt: '2026-11-10T12:00:00.000Z' }),
      make({ accountId: 'a2', ownerId: null, owedBy: 'customer', status: 'slipped' }),
      make({ accountId: null, ownerId: null, status: 'slipped' }),
    ];
    const [half, all] = [{ kept: 1, due: 2, rate: 0.5 }, { kept: 1, due: 1, rate: 1 }];
    expect(keptRateByAccount(list, now, ny)).toEqual(new Map([['a1', half], ['a2', all]]));
    expect(keptRateByOwner(list, now, ny)).toEqual(new Map([['me', all], ['bob', half]]));
    expect(keptRateByOwner([], now, ny).size).toBe(0);
  });
});

describe('remindersDue', () => {
  const hour = 3_600_000;
  it('fires the 09:00 morning reminder and the due-time reminder inside the window', () => {
    const allDay = make({ dueDate: '2026-11-20' });
    const timed = make({ dueDate: '2026-11-20', dueTime: '15:00' });
    const early = make({ dueDate: '2026-11-20', dueTime: '08:30' });
    const done = make({ dueDate: '2026-11-20', dueTime: '15:00', status: 'kept' });
    const r = remindersDue([allDay, timed, early, done], '2026-11-20T05:00:00.000Z', '2026-11-20T21:00:00.000Z', ny);
    expect(r.map((x) => [x.commitmentId, x.kind, iso(x.at)])).toEqual([
      [early.id, 'due', '2026-11-20T13:30:00.000Z'],
      [allDay.id, 'morning', '2026-11-20T14:00:00.000Z'],
      [timed.id, 'morning', '2026-11-20T14:00:00.000Z'],
      [timed.id, 'due', '2026-11-20T20:00:00.000Z'],
    ]);
  });

  it('excludes the window start and includes its end, so consecutive checks never repeat a reminder', () => {
    const c = make({ dueDate: '2026-11-20' });
    const nine = Date.parse('2026-11-20T14:00:00.000Z');
    expect(remindersDue([c], nine - 1, nine, ny)).toHaveLength(1);
    expect(remindersDue([c], nine, nine + hour, ny)).toHaveLength(0);
    expect(remindersDue([c], nine + hour, nine, ny)).toHaveLength(0);
  });

  it('drops reminders more than maxLateMs old', () => {
    const [c, lastChecked, monday] = [make({ dueDate: '2026-11-20' }), '2026-11-19T00:00:00.000Z', '2026-11-23T14:00:00.000Z'];
    expect(remindersDue([c], lastChecked, monday, ny)).toEqual([]);
    expect(remindersDue([c], lastChecked, monday, ny, { maxLateMs: 4 * 24 * hour })).toHaveLength(1);
  });

  it('uses local 09:00 across DST and in far zones', () => {
    const r = remindersDue([make({ dueDate: '2026-11-01' })], '2026-10-31T00:00:00.000Z', '2026-11-01T23:00:00.000Z', ny);
    expect(r.map((x) => iso(x.at))).toEqual(['2026-11-01T14:00:00.000Z']);
    const akl = remindersDue([make({ dueDate: '2026-11-20' })], '2026-11-19T00:00:00.000Z', '2026-11-20T00:00:00.000Z', 'Pacific/Auckland');
    expect(akl.map((x) => iso(x.at))).toEqual(['2026-11-19T20:00:00.000Z']);
  });
});
