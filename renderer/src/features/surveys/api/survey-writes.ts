import { planFollowUpStep, planRecordResponse, rescuingResponse, type FollowUpStep, type ResponseInput } from '../../../../../shared/domain/closed-loop';
import { data, db } from '../../../db/instance';
import { newRecordId } from '../../../lib/ids';
import { useSurveySettings } from '../../../lib/survey-settings';

/**
 * Records a survey answer and, for a detractor or a low CSAT, opens its follow-up (owned by the
 * account owner, first contact due after the team's target) — one command. Returns both ids.
 */
export async function recordResponse(input: ResponseInput): Promise<{ id: string; followUpId: string | null }> {
  const account = await db.accounts.get(input.accountId);
  if (!account || account.deleted) throw new Error('That account no longer exists');
  const { id, followUpId, plan } = planRecordResponse(
    input, { ownerId: account.ownerId, targetHours: useSurveySettings.getState().settings.followUpHours },
    { at: new Date().toISOString(), newId: () => newRecordId() },
  );
  await data.apply(plan);
  return { id, followUpId };
}

/** Moves a follow-up on (contacted, root cause, action agreed, closed with its outcome), as one command. */
export async function moveFollowUp(followUpId: string, step: FollowUpStep): Promise<void> {
  const followUp = await db.surveyFollowUps.get(followUpId);
  if (!followUp || followUp.deleted) throw new Error('That follow-up no longer exists');
  const responses = await db.surveyResponses.where('accountId').equals(followUp.accountId).toArray();
  await data.apply(planFollowUpStep(followUp, step, rescuingResponse(followUp, responses), new Date().toISOString()));
}

/** Sets how often an account is surveyed (null: the team default). */
export async function setSurveyCadence(accountId: string, days: number | null): Promise<void> {
  await data.update('accounts', accountId, { surveyCadenceDays: days });
}
