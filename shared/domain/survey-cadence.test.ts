import { describe, expect, it } from 'vitest';
import { surveysDue } from './survey-cadence';

const account = (id: string, surveyCadenceDays: number | null = null, lifecycleStage: 'mature' | 'churned' = 'mature') => ({ id, surveyCadenceDays, lifecycleStage, deleted: false });
const answer = (accountId: string, day: string) => ({ accountId, respondedAt: `${day}T10:00:00.000Z`, deleted: false });

describe('surveys due', () => {
  it('puts an account due its cadence after the last answer, never-surveyed accounts due today, churned ones never', () => {
    const rows = surveysDue(
      [account('a'), account('b', 30), account('c'), account('gone', null, 'churned')],
      [answer('a', '2026-08-01'), answer('a', '2026-06-01'), answer('b', '2026-10-20'), answer('gone', '2025-01-01')],
      '2026-11-02',
    );
    // a: 2026-08-01 + 90 = 2026-10-30, 3 days overdue; c: never surveyed, due today.
    expect(rows).toEqual([
      { accountId: 'a', cadenceDays: 90, ownCadence: false, lastRespondedOn: '2026-08-01', dueOn: '2026-10-30', daysOverdue: 3 },
      { accountId: 'c', cadenceDays: 90, ownCadence: false, lastRespondedOn: null, dueOn: '2026-11-02', daysOverdue: 0 },
    ]);
  });
  it('takes the account own cadence and the team default, and looks ahead when asked', () => {
    const rows = surveysDue([account('b', 30)], [answer('b', '2026-10-20')], '2026-11-02', 60, 30);
    expect(rows).toEqual([{ accountId: 'b', cadenceDays: 30, ownCadence: true, lastRespondedOn: '2026-10-20', dueOn: '2026-11-19', daysOverdue: -17 }]);
    expect(surveysDue([account('a')], [answer('a', '2026-10-01')], '2026-11-02', 30)[0]?.dueOn).toBe('2026-10-31');
  });
});
