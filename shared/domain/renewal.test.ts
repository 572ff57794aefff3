import { describe, expect, it } from 'vitest';
import type { Account } from './account';
import { planRenewal, renewalKind, renewalProblem } from './renewal';

const account: Account = {
  id: 'acc', name: 'Northwind', externalId: null, segment: 'mid_market', tier: 'tier_2', arrMinor: 50_000_00, currency: 'EUR',
  renewalDate: '2026-12-01', lifecycleStage: 'renewing', ownerId: null, industry: '', tags: [], createdAt: '2025-01-01T00:00:00.000Z', deleted: false,
  website: '', phone: '', billingCity: '', billingCountry: '', description: '', surveyCadenceDays: null,
};
const at = '2026-11-28T10:00:00.000Z';

describe('recording a renewal', () => {
  it('renews at a higher value: new value and date on the account, a renewed event with both amounts', () => {
    const plan = planRenewal(account, { outcome: 'renewed', newArrMinor: 60_000_00, newRenewalDate: '2027-12-01', note: '' }, at, 'me', 'ev1');
    expect(plan[0]).toMatchObject({ op: 'update', patch: { arrMinor: 60_000_00, renewalDate: '2027-12-01', lifecycleStage: 'mature' }, recordHistory: false });
    expect(plan[1]).toMatchObject({ op: 'create', entity: 'accountEvents', id: 'ev1', fields: { kind: 'renewed', fromArrMinor: 50_000_00, toArrMinor: 60_000_00, currency: 'EUR', renewalDate: '2026-12-01' } });
  });

  it('calls a renewal at a lower value a downgrade, and a departure churn with the value lost', () => {
    expect(renewalKind(account, { outcome: 'renewed', newArrMinor: 40_000_00, newRenewalDate: null, note: '' })).toBe('downgraded');
    const churn = planRenewal(account, { outcome: 'churned', note: 'Moved to a competitor' }, at, null, 'ev2');
    expect(churn[0]).toMatchObject({ patch: { lifecycleStage: 'churned' } });
    expect(churn[1]).toMatchObject({ fields: { kind: 'churned', fromArrMinor: 50_000_00, toArrMinor: 0, note: 'Moved to a competitor' } });
  });

  it('explains what cannot be recorded', () => {
    expect(renewalProblem(account, { outcome: 'renewed', newArrMinor: -1, newRenewalDate: null, note: '' })).toMatch(/0 or more/);
    expect(renewalProblem(account, { outcome: 'renewed', newArrMinor: 1, newRenewalDate: '2026-11-01', note: '' })).toMatch(/after the one being renewed/);
    expect(renewalProblem(account, { outcome: 'renewed', newArrMinor: 1, newRenewalDate: '2027-11-01', note: '' })).toBeNull();
  });
});
