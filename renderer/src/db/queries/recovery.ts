import type { RecoveryProgram, RecoveryTarget } from '../../../../shared/domain/recovery';
import type { SurveyResponse } from '../../../../shared/domain/survey-response';
import { db } from '../instance';

/** The active recovery programs, their live targets and the survey answers of accounts sent a follow-up survey (what reminders look at). */
export async function readActiveRecovery(): Promise<{ programs: RecoveryProgram[]; targets: RecoveryTarget[]; responses: SurveyResponse[] }> {
  const programs = (await db.recoveryPrograms.where('status').equals('active').toArray()).filter((p) => !p.deleted);
  const targets = (await db.recoveryTargets.where('programId').anyOf(programs.map((p) => p.id)).toArray()).filter((t) => !t.deleted);
  const surveyed = [...new Set(targets.filter((t) => t.surveyRequestedAt !== null).map((t) => t.accountId))];
  const responses = surveyed.length === 0 ? [] : await db.surveyResponses.where('accountId').anyOf(surveyed).toArray();
  return { programs, targets, responses: responses.filter((r) => !r.deleted) };
}
