import { describe, expect, it } from 'vitest';
import type { ExpansionOpportunity } from '../expansion';
import { newRecordFields } from '../record-defaults';
import { checkLeadDraft, expansionArrWon, leadStageProblem, missingChecks, planFlagLead, planLeadStage, quarterOf } from './expansion-rules';

const at = '2026-11-28T10:00:00.000Z';
const lead = (patch: Partial<ExpansionOpportunity> = {}): ExpansionOpportunity => ({
  id: 'l1', ...newRecordFields('expansionOpportunities', { accountId: 'a1', title: '50 more seats' }, at), ...patch,
});
const checked = { needConfirmed: true, valueConfirmed: true, timingConfirmed: true, championConfirmed: true };

describe('lead stages', () => {
  it('qualifies only with need, value, timing and champion confirmed, and says which are missing', () => {
    expect(missingChecks(lead({ needConfirmed: true, timingConfirmed: true }))).toEqual(['value', 'champion']);
    expect(leadStageProblem(lead({ needConfirmed: true }), 'qualified')).toBe('Confirm value, timing, the champion before qualifying');
    expect(planLeadStage(lead(checked), 'qualified', at)).toEqual([expect.objectContaining({ patch: { stage: 'qualified' } })]);
  });

  it('hands off a qualified lead only, stamping when', () => {
    expect(leadStageProblem(lead(checked), 'handed_to_sales')).toBe('A lead identified cannot move to handed to sales');
    expect(planLeadStage(lead({ ...checked, stage: 'qualified' }), 'handed_to_sales', at)[0]).toMatchObject({ patch: { stage: 'handed_to_sales', handedOffAt: at } });
  });

  it('closes as won with the value won, or lost with a reason', () => {
    const handed = lead({ stage: 'handed_to_sales', handedOffAt: at });
    expect(leadStageProblem(handed, 'won')).toBe('Enter the value won');
    expect(leadStageProblem(handed, 'lost', { lostReason: '  ' })).toBe('Say why it was lost');
    expect(planLeadStage(handed, 'won', at, { valueWonMinor: 2_000_000 })[0]).toMatchObject({ patch: { stage: 'won', closedAt: at, valueWonMinor: 2_000_000 } });
    expect(planLeadStage(handed, 'lost', at, { lostReason: ' Budget frozen ' })[0]).toMatchObject({ patch: { stage: 'lost', lostReason: 'Budget frozen', valueWonMinor: 0 } });
    expect(() => planLeadStage(lead({ stage: 'won' }), 'lost', at, { lostReason: 'x' })).toThrow('cannot move');
  });

  it('flags a lead at identified, owned by whoever flagged it', () => {
    const plan = planFlagLead({ accountId: 'a1', title: ' Analytics add-on ', kind: 'product', estimatedArrMinor: 1_000_000, currency: 'USD', timing: '2027-03-31', championContactId: 'c1', evidence: 'Asked in QBR', source: 'touch' }, 'l9', 'tm-1', at);
    expect(plan).toEqual([expect.objectContaining({ op: 'create', id: 'l9', fields: expect.objectContaining({ title: 'Analytics add-on', stage: 'identified', ownerId: 'tm-1', createdAt: at, source: 'touch' }) })]);
  });
});

describe('expansion ARR won', () => {
  it('sums the value won per currency of leads won inside the period only', () => {
    const leads = [
      lead({ id: 'w1', stage: 'won', closedAt: '2026-11-05T10:00:00.000Z', valueWonMinor: 1_000_000 }),
      lead({ id: 'w2', stage: 'won', closedAt: '2026-11-30T23:59:00.000Z', valueWonMinor: 500_000, currency: 'EUR' }),
      lead({ id: 'w3', stage: 'won', closedAt: '2026-12-01T00:00:00.000Z', valueWonMinor: 9_000_000 }),
      lead({ id: 'w4', stage: 'won', closedAt: '2026-11-10T00:00:00.000Z', valueWonMinor: 9_000_000, deleted: true }),
      lead({ id: 'l', stage: 'lost', closedAt: '2026-11-10T00:00:00.000Z', estimatedArrMinor: 9_000_000 }),
    ];
    expect([...expansionArrWon(leads, { from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' })]).toEqual([['USD', 1_000_000], ['EUR', 500_000]]);
  });

  it('takes the calendar quarter an instant is in', () => {
    expect(quarterOf('2026-11-28T10:00:00.000Z')).toEqual({ from: '2026-10-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' });
    expect(quarterOf('2026-01-01T00:00:00.000Z')).toEqual({ from: '2026-01-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' });
  });
});

describe('checkLeadDraft', () => {
  it('takes an empty value as 0 and a typed amount in minor units', () => {
    expect(checkLeadDraft('More seats', '')).toEqual({ estimatedArrMinor: 0, problems: {} });
    expect(checkLeadDraft('More seats', '12,000')).toEqual({ estimatedArrMinor: 1_200_000, problems: {} });
  });

  it('says what to fix: a missing opportunity and a value that is not an amount', () => {
    expect(checkLeadDraft('  ', 'lots')).toEqual({
      estimatedArrMinor: null,
      problems: { title: 'Say what they would buy', value: 'Enter the value as an amount, like 12000' },
    });
    expect(checkLeadDraft('Analytics add-on', '-5').problems).toEqual({ value: 'Enter the value as an amount, like 12000' });
  });
});
