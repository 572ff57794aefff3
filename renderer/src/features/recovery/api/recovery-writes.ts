import type { RecoveryOutcome, RecoveryProgram, RecoveryTarget } from '../../../../../shared/domain/recovery';
import { planAddTargets, planAssessImpact, planAssignTargets, planFollowUp, planMarkContacted, planOutcome, planRemediation, planStartProgram, type ImpactInput, type ProgramInput, type RecoveryActor, type RemediationInput } from '../../../../../shared/domain/recovery/recovery-workflows';
import { planRequestSurvey } from '../../../../../shared/domain/recovery/follow-up-survey';
import { planUpdate } from '../../../../../shared/domain/write-plan';
import { data, db } from '../../../db/instance';
import { newRecordId } from '../../../lib/ids';
import { useToasts } from '../../../lib/toast';

const actorNow = (authorId: string | null): RecoveryActor => ({ authorId, at: new Date().toISOString(), newId: () => newRecordId() });

/** Starts a program with its affected accounts, as one command; returns its id. */
export async function startProgram(input: ProgramInput, accountIds: readonly string[], authorId: string | null): Promise<string> {
  const { id, plan } = planStartProgram(input, accountIds, actorNow(authorId));
  await data.apply(plan);
  return id;
}

/** Adds accounts to a program (those already in it are left as they are); returns how many were added. */
export async function addTargets(programId: string, accountIds: readonly string[]): Promise<number> {
  const existing = await db.recoveryTargets.where('programId').equals(programId).toArray();
  const plan = planAddTargets(programId, accountIds, existing);
  await data.apply(plan);
  return plan.length;
}

/** Gives the chosen accounts one owner in one step; the toast's Undo puts every previous owner back. */
export async function assignTargets(targets: readonly RecoveryTarget[], assigneeId: string | null, assigneeName: string): Promise<void> {
  const { plan, undo } = planAssignTargets(targets, assigneeId);
  await data.apply(plan);
  const n = plan.length;
  useToasts.getState().show({ message: `${n} account${n === 1 ? '' : 's'} now with ${assigneeName}`, actionLabel: 'Undo', action: () => void data.apply(undo) });
}

/** Marks an account contacted and logs the email on its timeline, as one command. */
export function markContacted(target: RecoveryTarget, program: RecoveryProgram, contactId: string | null, authorId: string | null): Promise<void> {
  return data.apply(planMarkContacted(target, program, contactId, actorNow(authorId)));
}

/** Records the impact on an account. */
export function assessImpact(target: RecoveryTarget, input: ImpactInput): Promise<void> {
  return data.apply(planAssessImpact(target, input));
}

/** Records the remediation agreed with an account. */
export function recordRemediation(target: RecoveryTarget, input: RemediationInput): Promise<void> {
  return data.apply(planRemediation(target, input));
}

/** Records the follow-up after the remediation. */
export function recordFollowUp(target: RecoveryTarget): Promise<void> {
  return data.apply(planFollowUp(target, new Date().toISOString()));
}

/** Records how the account came out of it. */
export function recordOutcome(target: RecoveryTarget, outcome: RecoveryOutcome | null): Promise<void> {
  return data.apply(planOutcome(target, outcome));
}

/** Links (or unlinks) the account's escalation about this incident. */
export function linkEscalation(target: RecoveryTarget, escalationId: string | null): Promise<void> {
  return data.apply([planUpdate('recoveryTargets', target.id, { escalationId })]);
}

/** Marks a program completed (or active again). */
export function setProgramStatus(program: RecoveryProgram, status: RecoveryProgram['status']): Promise<void> {
  return data.apply([planUpdate('recoveryPrograms', program.id, { status })]);
}

/** Marks the follow-up survey sent to an account and logs the email on its timeline, as one command. */
export function requestSurvey(target: RecoveryTarget, program: RecoveryProgram, contactId: string | null, authorId: string | null): Promise<void> {
  return data.apply(planRequestSurvey(target, program, contactId, actorNow(authorId)));
}

/** Saves the program's survey invitation template ('' goes back to the default text). */
export function setSurveyTemplate(program: RecoveryProgram, template: string): Promise<void> {
  return data.apply([planUpdate('recoveryPrograms', program.id, { surveyTemplate: template })]);
}
