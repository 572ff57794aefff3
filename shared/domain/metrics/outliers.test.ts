import { describe, expect, it } from 'vitest';
import type { MetricsInput } from './figures';
import { keptOnTimeByOwner, reportOutliers } from './outliers';
import { periodContaining } from './period';

const acc = (id: string) => ({ id, name: id.toUpperCase(), segment: 'smb' as const, ownerId: null, arrMinor: 0, currency: 'USD', lifecycleStage: 'mature' as const, createdAt: '2025-01-01T00:00:00.000Z', renewalDate: null, deleted: false });
const nps = (id: string, accountId: string, score: number, respondedAt: string) => ({ id, accountId, contactId: null, kind: 'nps' as const, score, respondedAt, deleted: false, comment: '', theme: '' });
const now = Date.parse('2026-11-20T12:00:00.000Z');

describe('outliers', () => {
  it('names repeat detractors, overdue customer updates, follow-ups past target and the lowest health', () => {
    const input: MetricsInput = {
      accounts: [acc('a'), acc('b'), acc('c')], events: [],
      responses: [nps('1', 'a', 2, '2026-11-01T00:00:00.000Z'), nps('2', 'a', 5, '2026-09-01T00:00:00.000Z'), nps('3', 'b', 3, '2026-11-01T00:00:00.000Z'), nps('4', 'b', 3, '2025-01-01T00:00:00.000Z')],
      followUps: [{ id: 'f', responseId: '3', accountId: 'b', stage: 'open', outcome: null, openedAt: '2026-11-01T00:00:00.000Z', dueAt: '2026-11-03T00:00:00.000Z', firstContactAt: null, deleted: false }],
      escalations: [{ id: 'e', accountId: 'c', severity: 'S1', departments: [], status: 'open', openedAt: '2026-11-18T00:00:00.000Z', resolvedAt: null, deleted: false }],
      escalationEvents: [], commitments: [],
    };
    expect(reportOutliers(input, [{ accountId: 'c', score: 31 }, { accountId: 'a', score: 80 }], now, 'UTC').map((o) => o.text)).toEqual([
      'A: 2 detractor answers in 180 days',
      'C: customer update overdue on a S1 escalation',
      'B: no first contact after an unhappy answer (target passed)',
      'C: health 31',
    ]);
  });
  it('ranks people by commitments kept on time', () => {
    const c = (ownerId: string, completedAt: string) => ({ accountId: null, ownerId, owedBy: 'us' as const, status: 'kept' as const, completedAt, dueDate: '2026-11-10', dueTime: null, deleted: false });
    const input = { accounts: [], events: [], responses: [], followUps: [], escalations: [], escalationEvents: [],
      commitments: [c('ann', '2026-11-09T00:00:00.000Z'), c('bob', '2026-11-12T00:00:00.000Z'), c('bob', '2026-11-09T00:00:00.000Z')] };
    expect(keptOnTimeByOwner(input, periodContaining('month', '2026-11-01'), 'UTC')).toEqual([
      { ownerId: 'ann', finished: 1, onTime: 1, rate: 1 }, { ownerId: 'bob', finished: 2, onTime: 1, rate: 0.5 },
    ]);
  });
});
