import { describe, expect, it } from 'vitest';
import { testProgram, testTarget } from './fixtures.test-support';
import { recoveryTargetId } from './recovery-rules';
import {
  planAddTargets, planAssessImpact, planAssignTargets, planFollowUp, planMarkContacted, planOutcome, planRemediation, planStartProgram,
  programInputProblems,
} from './recovery-workflows';

const at = '2026-11-28T10:00:00.000Z';
const actor = () => {
  let n = 0;
  return { authorId: 'tm-1', at, newId: () => `id-${(n += 1)}` };
};
const input = { title: 'EU payments outage', description: '', startedAt: '2026-11-28T08:00:00.000Z', outreachDeadline: '2026-11-30T08:00:00.000Z', customerExplanation: '', outreachTemplate: '' };

describe('starting a program', () => {
  it('creates the program and one target per account (duplicates once), with ids from program and account', () => {
    const { id, plan } = planStartProgram(input, ['a1', 'a2', 'a1'], actor());
    expect(plan.map((s) => `${s.op} ${s.entity}`)).toEqual(['create recoveryPrograms', 'create recoveryTargets', 'create recoveryTargets']);
    expect(plan[0]).toMatchObject({ id, fields: { status: 'active', ownerId: 'tm-1', title: 'EU payments outage' } });
    expect(plan[2]).toMatchObject({ id: recoveryTargetId(id, 'a2'), fields: { programId: id, accountId: 'a2' } });
  });

  it('refuses a deadline before the incident and a program without accounts, in words', () => {
    expect(programInputProblems({ ...input, outreachDeadline: '2026-11-28T07:00:00.000Z' }, 0)).toEqual({
      outreachDeadline: 'The outreach deadline comes after the incident started', accounts: 'Choose at least one affected account',
    });
    expect(programInputProblems(input, 3)).toEqual({});
    expect(programInputProblems({ ...input, title: ' ', startedAt: '', outreachDeadline: '' }, 1)).toEqual({
      title: 'Name the program', startedAt: 'Say when the incident started', outreachDeadline: 'Set the outreach deadline',
    });
  });

  it('adds only accounts not in the program yet and brings a removed one back', () => {
    const existing = [testTarget('a1', { id: recoveryTargetId('prog', 'a1') }), testTarget('a2', { id: recoveryTargetId('prog', 'a2'), deleted: true })];
    const plan = planAddTargets('prog', ['a1', 'a2', 'a3'], existing);
    expect(plan).toEqual([
      { op: 'update', entity: 'recoveryTargets', id: recoveryTargetId('prog', 'a2'), patch: { deleted: false }, recordHistory: undefined },
      expect.objectContaining({ op: 'create', id: recoveryTargetId('prog', 'a3') }),
    ]);
  });
});

describe('bulk assignment', () => {
  it('assigns the targets that change and the undo puts each previous owner back', () => {
    const targets = [testTarget('a1', { assigneeId: 'tm-2' }), testTarget('a2'), testTarget('a3', { assigneeId: 'tm-3' })];
    const { plan, undo } = planAssignTargets(targets, 'tm-3');
    expect(plan.map((s) => s.id)).toEqual(['t-a1', 't-a2']);
    expect(undo).toEqual([
      expect.objectContaining({ id: 't-a1', patch: { assigneeId: 'tm-2' } }),
      expect.objectContaining({ id: 't-a2', patch: { assigneeId: null } }),
    ]);
  });
});

describe('the per-account track', () => {
  const program = testProgram();
  it('marks contacted and logs the email on the account timeline with its stakeholder, in one plan', () => {
    const plan = planMarkContacted(testTarget('a1'), program, 'c1', actor());
    expect(plan.map((s) => `${s.op} ${s.entity}`)).toEqual(['update recoveryTargets', 'create touches', 'update contacts']);
    expect(plan[0]).toMatchObject({ patch: { stage: 'contacted', contactedAt: at } });
    expect(plan[1]).toMatchObject({ fields: { accountId: 'a1', kind: 'email', summary: 'Recovery outreach: EU payments outage', authorId: 'tm-1' } });
    expect(() => planMarkContacted(testTarget('a1', { stage: 'contacted' }), program, null, actor())).toThrow('already contacted');
  });

  it('goes impact → remediation → follow-up in order, and says what comes first when out of order', () => {
    const contacted = testTarget('a1', { stage: 'contacted' });
    expect(() => planAssessImpact(testTarget('a1'), { impact: 'major', impactNote: '' })).toThrow('Contact the account before');
    expect(planAssessImpact(contacted, { impact: 'major', impactNote: 'Lost a day of sales' })[0]).toMatchObject({ patch: { stage: 'impact_assessed', impact: 'major' } });
    const remedy = { creditMinor: 50_000, creditCurrency: 'EUR', fixDate: null, workaround: '' };
    expect(() => planRemediation(contacted, remedy)).toThrow('Assess the impact before');
    expect(() => planRemediation(testTarget('a1', { stage: 'impact_assessed' }), { ...remedy, creditMinor: 0 })).toThrow('Agree a credit, a fix date or a workaround');
    expect(planRemediation(testTarget('a1', { stage: 'impact_assessed' }), remedy)[0]).toMatchObject({ patch: { stage: 'remediated', creditMinor: 50_000, creditCurrency: 'EUR' } });
    expect(() => planFollowUp(contacted, at)).toThrow('Agree a remediation before');
    expect(planFollowUp(testTarget('a1', { stage: 'remediated' }), at)[0]).toMatchObject({ patch: { stage: 'followed_up', followedUpAt: at } });
  });

  it('corrects the impact later without moving the stage back', () => {
    expect(planAssessImpact(testTarget('a1', { stage: 'followed_up' }), { impact: 'minor', impactNote: '' })[0]).toMatchObject({ patch: { stage: 'followed_up', impact: 'minor' } });
  });

  it('records an outcome only after contact', () => {
    expect(() => planOutcome(testTarget('a1'), 'retained')).toThrow('Contact the account before');
    expect(planOutcome(testTarget('a1', { stage: 'contacted' }), 'churned')[0]).toMatchObject({ patch: { outcome: 'churned' } });
  });
});
