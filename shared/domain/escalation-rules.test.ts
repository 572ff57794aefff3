import { describe, expect, it } from 'vitest';
import {
  customerUpdateTimes, defaultUpdateCadence, formatCountdown, isActiveEscalation, isCustomerUpdateDueToday, isCustomerUpdateOverdue, nearestRank, nextCustomerUpdateDue,
  openByDepartment, timeToResolution, updateStatus, updatesOnTimeRate, type EscalationEventLike, type EscalationLike,
} from './escalation-rules';

const hour = 3_600_000;
const t0 = Date.parse('2026-11-01T12:00:00.000Z');
const at = (hours: number) => new Date(t0 + hours * hour).toISOString();

function esc(over: Partial<EscalationLike> = {}): EscalationLike {
  return { id: 'e1', severity: 'S1', departments: ['support'], status: 'open', openedAt: at(0), resolvedAt: null, deleted: false, ...over };
}
function update(hours: number, over: Partial<EscalationEventLike> = {}): EscalationEventLike {
  return { escalationId: 'e1', kind: 'customer_update', at: at(hours), deleted: false, ...over };
}

describe('next customer update', () => {
  it('is due a cadence after opening when nothing was sent', () => {
    expect(nextCustomerUpdateDue(esc(), [])).toBe(t0 + 24 * hour);
    expect(nextCustomerUpdateDue(esc({ severity: 'S2' }), [])).toBe(t0 + 48 * hour);
    expect(nextCustomerUpdateDue(esc({ severity: 'S3' }), [])).toBe(t0 + 168 * hour);
  });

  it('runs from the latest customer update, ignoring other kinds, other escalations and deleted entries', () => {
    const events = [
      update(5), update(10), update(30, { deleted: true }), update(40, { escalationId: 'e2' }),
      update(20, { kind: 'internal_action' }), update(21, { kind: 'note' }), update(22, { kind: 'status_change' }),
    ];
    expect(customerUpdateTimes(esc(), events)).toEqual([t0 + 5 * hour, t0 + 10 * hour]);
    expect(nextCustomerUpdateDue(esc(), events)).toBe(t0 + 34 * hour);
  });

  it('is null for S4, resolved, closed or deleted escalations', () => {
    expect(nextCustomerUpdateDue(esc({ severity: 'S4' }), [])).toBeNull();
    expect(nextCustomerUpdateDue(esc({ status: 'resolved', resolvedAt: at(3) }), [])).toBeNull();
    expect(nextCustomerUpdateDue(esc({ status: 'closed' }), [])).toBeNull();
    expect(nextCustomerUpdateDue(esc({ deleted: true }), [])).toBeNull();
    expect(nextCustomerUpdateDue(esc({ status: 'waiting_on_customer' }), [])).toBe(t0 + 24 * hour);
    expect(isActiveEscalation(esc({ status: 'investigating' }))).toBe(true);
  });

  it('takes a configured cadence, including a timed one for S4', () => {
    const cadence = { ...defaultUpdateCadence, S1: 4 * hour, S4: 30 * 24 * hour };
    expect(nextCustomerUpdateDue(esc(), [update(1)], cadence)).toBe(t0 + 5 * hour);
    expect(nextCustomerUpdateDue(esc({ severity: 'S4' }), [], cadence)).toBe(t0 + 720 * hour);
  });

  it('reports time left and overdue state', () => {
    expect(updateStatus(esc(), [update(2)], at(6))).toEqual({ dueAt: t0 + 26 * hour, overdue: false, msRemaining: 20 * hour });
    expect(updateStatus(esc(), [update(2)], at(26))).toEqual({ dueAt: t0 + 26 * hour, overdue: false, msRemaining: 0 });
    expect(updateStatus(esc(), [], at(26))).toEqual({ dueAt: t0 + 24 * hour, overdue: true, msRemaining: -2 * hour });
    expect(updateStatus(esc({ severity: 'S4' }), [], at(26))).toBeNull();
  });

  it('is plain elapsed time, unaffected by the US DST change on 2026-11-01', () => {
    const e = esc({ openedAt: '2026-10-31T16:00:00.000Z' }); // noon New York, EDT
    expect(new Date(nextCustomerUpdateDue(e, []) ?? 0).toISOString()).toBe('2026-11-01T16:00:00.000Z'); // 11:00 EST
  });
});

describe('timeToResolution', () => {
  it('is empty with nothing resolved', () => {
    expect(timeToResolution([])).toEqual({ count: 0, p50Hours: null, p90Hours: null, meanHours: null });
    expect(timeToResolution([esc()]).count).toBe(0);
  });

  it('uses nearest-rank percentiles over resolved and closed ones only', () => {
    const hours = [10, 1, 7, 3, 2, 9, 4, 6, 5, 8];
    const list = hours.map((h, i) => esc({ id: `e${i}`, status: i % 2 ? 'resolved' : 'closed', resolvedAt: at(h) }));
    list.push(esc({ id: 'open' }), esc({ id: 'gone', status: 'resolved', resolvedAt: at(500), deleted: true }));
    list.push(esc({ id: 'nodate', status: 'closed', resolvedAt: null }), esc({ id: 'bad', status: 'resolved', resolvedAt: at(-1) }));
    expect(timeToResolution(list)).toEqual({ count: 10, p50Hours: 5, p90Hours: 9, meanHours: 5.5 });
  });

  it('handles a single value and ties', () => {
    expect(timeToResolution([esc({ status: 'resolved', resolvedAt: at(3) })])).toEqual({ count: 1, p50Hours: 3, p90Hours: 3, meanHours: 3 });
    expect(nearestRank([2, 2, 2, 8], 50)).toBe(2);
    expect(nearestRank([2, 2, 2, 8], 90)).toBe(8);
    expect(nearestRank([1, 2, 3], 0)).toBe(1);
    expect(nearestRank([], 50)).toBeNull();
  });
});

describe('updatesOnTimeRate', () => {
  const rate = (e: EscalationLike, hours: number[], now: number) => updatesOnTimeRate([e], hours.map((h) => update(h)), at(now));

  it('is null when no deadline has come', () => {
    expect(updatesOnTimeRate([], [], at(0))).toEqual({ onTime: 0, due: 0, rate: null });
    expect(rate(esc(), [], 23)).toEqual({ onTime: 0, due: 0, rate: null });
    expect(rate(esc(), [], 24)).toEqual({ onTime: 0, due: 0, rate: null });
    expect(rate(esc({ severity: 'S4' }), [], 1000)).toEqual({ onTime: 0, due: 0, rate: null });
  });

  it('counts each update at or before its deadline as on time', () => {
    expect(rate(esc(), [24, 48], 60)).toEqual({ onTime: 2, due: 2, rate: 1 });
    expect(rate(esc(), [1, 2, 3], 20)).toEqual({ onTime: 3, due: 3, rate: 1 });
  });

  it('counts every lapsed deadline as missed; a late update scores nothing and restarts the clock', () => {
    // Deadlines 24 and 48 pass; the update at 50 is late; the next deadline is 74, met at 70.
    expect(rate(esc(), [50, 70], 80)).toEqual({ onTime: 1, due: 3, rate: 1 / 3 });
    // No update for 3 days: three missed deadlines (24, 48, 72); 96 is the end instant, not yet missed.
    expect(rate(esc(), [], 96)).toEqual({ onTime: 0, due: 3, rate: 0 });
  });

  it('ends at resolution, ignoring later updates and deadlines', () => {
    const resolved = esc({ status: 'resolved', resolvedAt: at(30) });
    expect(rate(resolved, [10, 40], 200)).toEqual({ onTime: 1, due: 1, rate: 1 });
    expect(rate(resolved, [], 200)).toEqual({ onTime: 0, due: 1, rate: 0 });
  });

  it('adds up across escalations and severities', () => {
    const s3 = esc({ id: 'e2', severity: 'S3' });
    const events = [update(20), update(100, { escalationId: 'e2' })];
    expect(updatesOnTimeRate([esc(), s3], events, at(40))).toEqual({ onTime: 1, due: 1, rate: 1 });
    // S1: on time at 20, then deadlines 44, 68 and 92 missed; S3: the update at 100 beats its 168 h deadline.
    expect(updatesOnTimeRate([esc(), s3], events, at(110))).toEqual({ onTime: 2, due: 5, rate: 0.4 });
  });
});

describe('openByDepartment', () => {
  it('counts active escalations in each department they involve', () => {
    const list = [
      esc({ departments: ['support', 'engineering'] }), esc({ departments: ['engineering', 'engineering'] }),
      esc({ departments: ['billing'], status: 'resolved' }), esc({ departments: ['billing'], deleted: true }), esc({ departments: [] }),
    ];
    expect(openByDepartment(list)).toEqual({ support: 1, billing: 0, product: 0, engineering: 2, operations: 0 });
    expect(openByDepartment([])).toEqual({ support: 0, billing: 0, product: 0, engineering: 0, operations: 0 });
  });
});

describe('formatCountdown', () => {
  it('reads time left and time overdue, rounding minutes down', () => {
    expect(formatCountdown(3 * hour + 20 * 60_000 + 59_000)).toBe('due in 3 h 20 min');
    expect(formatCountdown(-2 * hour)).toBe('overdue by 2 h');
    expect(formatCountdown(-2 * hour - 30_000)).toBe('overdue by 2 h');
    expect(formatCountdown(45 * 60_000)).toBe('due in 45 min');
    expect(formatCountdown(52 * hour)).toBe('due in 2 d 4 h');
    expect(formatCountdown(-48 * hour)).toBe('overdue by 2 d');
    expect(formatCountdown(59_999)).toBe('due now');
    expect(formatCountdown(0)).toBe('due now');
    expect(formatCountdown(-60_000)).toBe('overdue by 1 min');
  });
});

describe('customer update overdue and due today', () => {
  // Opened 2026-11-01 12:00Z; an S1 update is due a day later, 2026-11-02 12:00Z.
  it('is overdue only after the deadline, and never for S4 or finished escalations', () => {
    expect(isCustomerUpdateOverdue(esc(), [], at(24))).toBe(false);
    expect(isCustomerUpdateOverdue(esc(), [], t0 + 24 * hour + 1)).toBe(true);
    expect(isCustomerUpdateOverdue(esc(), [update(20)], at(30))).toBe(false);
    expect(isCustomerUpdateOverdue(esc({ severity: 'S4' }), [], at(500))).toBe(false);
    expect(isCustomerUpdateOverdue(esc({ status: 'resolved', resolvedAt: at(2) }), [], at(500))).toBe(false);
    expect(updateStatus(esc(), [], at(25))?.overdue).toBe(isCustomerUpdateOverdue(esc(), [], at(25)));
  });

  it('is due today when the deadline falls later on the user\'s local day', () => {
    // 2026-11-02 12:00Z is 07:00 in New York and 01:00 on 2026-11-03 in Auckland.
    expect(isCustomerUpdateDueToday(esc(), [], at(20), 'America/New_York')).toBe(true); // 03:00 New York
    expect(isCustomerUpdateDueToday(esc(), [], at(20), 'Pacific/Auckland')).toBe(false); // still the 2nd there
    expect(isCustomerUpdateDueToday(esc(), [], at(25), 'America/New_York')).toBe(false); // overdue, not due
    expect(isCustomerUpdateDueToday(esc({ status: 'closed' }), [], at(20), 'America/New_York')).toBe(false);
  });
});
