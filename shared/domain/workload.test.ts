import { describe, expect, it } from 'vitest';
import type { CommitmentLike } from './commitment-rules';
import { workloadByPerson, type WorkloadInput } from './workload';

const zone = 'UTC';
const now = '2026-11-20T12:00:00.000Z';
const commitment = (over: Partial<CommitmentLike>): CommitmentLike => ({
  id: Math.random().toString(36).slice(2), accountId: null, owedBy: 'us', ownerId: 'ana', dueDate: '2026-11-25', dueTime: null,
  status: 'open', completedAt: null, createdAt: '2026-11-01T00:00:00.000Z', deleted: false, ...over,
});
const base: WorkloadInput = { memberIds: ['ana', 'ben'], accounts: [], commitments: [], escalations: [], events: [], now, zone };

describe('workloadByPerson', () => {
  it('counts accounts and sums ARR per currency, skipping deleted and unowned accounts', () => {
    const rows = workloadByPerson({ ...base, accounts: [
      { ownerId: 'ana', arrMinor: 100_00, currency: 'USD', deleted: false },
      { ownerId: 'ana', arrMinor: 50_00, currency: 'EUR', deleted: false },
      { ownerId: 'ana', arrMinor: 25_00, currency: 'USD', deleted: false },
      { ownerId: 'ana', arrMinor: 999_00, currency: 'USD', deleted: true },
      { ownerId: null, arrMinor: 999_00, currency: 'USD', deleted: false },
    ] });
    expect(rows[0]).toMatchObject({ memberId: 'ana', accounts: 3, arrByCurrency: { USD: 125_00, EUR: 50_00 } });
    expect(rows[1]).toMatchObject({ memberId: 'ben', accounts: 0, arrByCurrency: {} });
  });

  it('counts overdue commitments we owe and the kept-on-time rate per owner', () => {
    const rows = workloadByPerson({ ...base, commitments: [
      commitment({ dueDate: '2026-11-18' }),
      commitment({ dueDate: '2026-11-18', owedBy: 'customer' }),
      commitment({ dueDate: '2026-11-10', status: 'kept', completedAt: '2026-11-09T10:00:00.000Z' }),
      commitment({ dueDate: '2026-11-18', ownerId: 'ben', status: 'kept', completedAt: '2026-11-19T10:00:00.000Z' }),
    ] });
    expect(rows[0]).toMatchObject({ commitmentsOverdue: 1, kept: { kept: 1, due: 2, rate: 0.5 } });
    expect(rows[1]).toMatchObject({ commitmentsOverdue: 0, kept: { kept: 0, due: 1, rate: 0 } });
  });

  it('counts active escalations whose customer update is overdue', () => {
    const escalation = { id: 'e1', severity: 'S1' as const, departments: [], status: 'open' as const, openedAt: '2026-11-18T12:00:00.000Z', resolvedAt: null, deleted: false, ownerId: 'ben' };
    const rows = workloadByPerson({ ...base, escalations: [escalation, { ...escalation, id: 'e2', status: 'resolved' }] });
    expect(rows[1]?.updatesOverdue).toBe(1);
    expect(rows[0]?.updatesOverdue).toBe(0);
  });
});
