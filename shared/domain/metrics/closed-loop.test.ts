import { describe, expect, it } from 'vitest';
import { closedLoop, type FollowUpLike } from './closed-loop';
import { periodContaining } from './period';

const nov = periodContaining('month', '2026-11-01');
const f = (responseId: string, extra: Partial<FollowUpLike> = {}): FollowUpLike => ({
  responseId, stage: 'open', outcome: null, openedAt: '2026-11-02T00:00:00.000Z', dueAt: '2026-11-04T00:00:00.000Z', firstContactAt: null, deleted: false, ...extra,
});
const respondedAt = new Map([['a', '2026-11-02T00:00:00.000Z'], ['b', '2026-11-02T00:00:00.000Z'], ['c', '2026-11-02T00:00:00.000Z'], ['old', '2026-10-20T00:00:00.000Z']]);

describe('closed loop', () => {
  it('counts closed over opened for the answers of the period, rescues over closed, first contact times', () => {
    const list = [
      f('a', { stage: 'closed', outcome: 'rescued', firstContactAt: '2026-11-03T00:00:00.000Z' }), // 24 h, on time
      f('b', { stage: 'closed', outcome: 'not_rescued', firstContactAt: '2026-11-05T00:00:00.000Z' }), // 72 h, late
      f('c'), // not contacted, past its target at "now"
      f('old', { stage: 'closed', outcome: 'rescued' }), // answered in October
    ];
    expect(closedLoop(list, respondedAt, nov, 'UTC', Date.parse('2026-11-10T00:00:00.000Z'))).toEqual({
      opened: 3, closed: 2, rate: 2 / 3, rescued: 1, rescueRate: 0.5, contacted: 2, contactedOnTime: 1, onTimeRate: 0.5, medianHoursToContact: 24, overdue: 1,
    });
  });
  it('has no rates in an empty period', () => {
    expect(closedLoop([], respondedAt, nov, 'UTC', 0)).toMatchObject({ opened: 0, rate: null, rescueRate: null, onTimeRate: null, medianHoursToContact: null });
  });
});
