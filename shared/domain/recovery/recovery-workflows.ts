import type { RecoveryImpact, RecoveryOutcome, RecoveryProgram, RecoveryTarget } from '../recovery';
import { planLogTouch } from '../touch-workflows';
import { planCreate, planUpdate, type WritePlan } from '../write-plan';
import { recoveryTargetId } from './recovery-rules';

/** Who does a workflow, when, and how new ids are made (injected so plans stay pure). */
export type RecoveryActor = { authorId: string | null; at: string; newId: () => string };

/** What a person enters to start a program. */
export type ProgramInput = Pick<RecoveryProgram, 'title' | 'description' | 'startedAt' | 'outreachDeadline' | 'customerExplanation' | 'outreachTemplate'> & Partial<Pick<RecoveryProgram, 'surveyTemplate'>>;

/** Why a program cannot be started as entered, per field (empty when it can). */
export function programInputProblems(input: ProgramInput, accountCount: number): Record<string, string> {
  const problems: Record<string, string> = {};
  if (input.title.trim() === '') problems.title = 'Name the program';
  const started = Date.parse(input.startedAt);
  const deadline = Date.parse(input.outreachDeadline);
  if (Number.isNaN(started)) problems.startedAt = 'Say when the incident started';
  if (Number.isNaN(deadline)) problems.outreachDeadline = 'Set the outreach deadline';
  else if (deadline <= started) problems.outreachDeadline = 'The outreach deadline comes after the incident started';
  if (accountCount === 0) problems.accounts = 'Choose at least one affected account';
  return problems;
}

/** Starting a program: the program and one target per affected account, as one plan. */
export function planStartProgram(input: ProgramInput, accountIds: readonly string[], actor: RecoveryActor): { id: string; plan: WritePlan } {
  const id = actor.newId();
  return {
    id,
    plan: [
      planCreate('recoveryPrograms', id, { ...input, status: 'active', ownerId: actor.authorId }),
      ...planAddTargets(id, accountIds, []),
    ],
  };
}

/**
 * Adding accounts to a program: a target for each account not in it yet (a removed one comes back).
 * Target ids come from (program, account), so the same account added on two devices is one record.
 */
export function planAddTargets(programId: string, accountIds: readonly string[], existing: readonly RecoveryTarget[]): WritePlan {
  const byId = new Map(existing.map((t) => [t.id, t]));
  const plan: WritePlan = [];
  for (const accountId of new Set(accountIds)) {
    const id = recoveryTargetId(programId, accountId);
    const known = byId.get(id);
    if (!known) plan.push(planCreate('recoveryTargets', id, { programId, accountId }));
    else if (known.deleted) plan.push(planUpdate('recoveryTargets', id, { deleted: false }));
  }
  return plan;
}

/** Giving many targets one owner: the plan, and the plan that puts every previous owner back. */
export function planAssignTargets(targets: readonly RecoveryTarget[], assigneeId: string | null): { plan: WritePlan; undo: WritePlan } {
  const changing = targets.filter((t) => t.assigneeId !== assigneeId);
  return {
    plan: changing.map((t) => planUpdate('recoveryTargets', t.id, { assigneeId })),
    undo: changing.map((t) => planUpdate('recoveryTargets', t.id, { assigneeId: t.assigneeId })),
  };
}

/** Marking an account contacted from its outreach draft: the target moves on and the email is logged on the account's timeline. */
export function planMarkContacted(target: RecoveryTarget, program: RecoveryProgram, contactId: string | null, actor: RecoveryActor): WritePlan {
  if (target.stage !== 'pending') throw new Error('This account was already contacted');
  return [
    planUpdate('recoveryTargets', target.id, { stage: 'contacted', contactedAt: actor.at }),
    ...planLogTouch({ accountId: target.accountId, contactId, kind: 'email', summary: `Recovery outreach: ${program.title}`, details: '', at: actor.at }, actor.newId(), actor.authorId),
  ];
}

/** The impact an account told us about. */
export type ImpactInput = { impact: RecoveryImpact; impactNote: string };
/** The remediation agreed with an account (any of credit, fix date, workaround). */
export type RemediationInput = { creditMinor: number; creditCurrency: string; fixDate: string | null; workaround: string };

/** Recording the impact: the target moves to "impact assessed" (or stays further on when correcting). */
export function planAssessImpact(target: RecoveryTarget, input: ImpactInput): WritePlan {
  if (target.stage === 'pending') throw new Error('Contact the account before assessing the impact');
  return [planUpdate('recoveryTargets', target.id, { ...input, stage: target.stage === 'contacted' ? 'impact_assessed' : target.stage })];
}

/** Why a remediation cannot be saved, or null: at least one of credit, fix date or workaround. */
export function remediationProblem(input: RemediationInput): string | null {
  return input.creditMinor > 0 || input.fixDate || input.workaround.trim() ? null : 'Agree a credit, a fix date or a workaround';
}

/** Recording the remediation agreed; needs the impact first. */
export function planRemediation(target: RecoveryTarget, input: RemediationInput): WritePlan {
  if (target.stage === 'pending' || target.stage === 'contacted') throw new Error('Assess the impact before agreeing a remediation');
  const problem = remediationProblem(input);
  if (problem) throw new Error(problem);
  return [planUpdate('recoveryTargets', target.id, { ...input, workaround: input.workaround.trim(), stage: target.stage === 'impact_assessed' ? 'remediated' : target.stage })];
}

/** Recording the follow-up after the remediation. */
export function planFollowUp(target: RecoveryTarget, at: string): WritePlan {
  if (target.stage !== 'remediated') throw new Error('Agree a remediation before following up');
  return [planUpdate('recoveryTargets', target.id, { stage: 'followed_up', followedUpAt: at })];
}

/** Recording how the account came out of it (any time after contact), and optionally the escalation it links to. */
export function planOutcome(target: RecoveryTarget, outcome: RecoveryOutcome | null): WritePlan {
  if (target.stage === 'pending' && outcome !== null) throw new Error('Contact the account before recording an outcome');
  return [planUpdate('recoveryTargets', target.id, { outcome })];
}
