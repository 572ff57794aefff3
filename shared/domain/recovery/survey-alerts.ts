import type { RecoveryProgram, RecoveryTarget } from '../recovery';
import { followUpAnswer, surveyOverdueDays, surveyOverdueFrom, type AnswerLike } from './follow-up-survey';

/** A desktop notification about a follow-up survey (same shape as a due alert). */
export type SurveyAlert = { key: string; title: string; body: string };

/**
 * One alert per follow-up survey that became overdue in (from, to] (epoch ms) and is still unanswered,
 * in an active program, for accounts I own or nobody owns when I am known (everyone's otherwise).
 * A survey already overdue before `from` does not alert again.
 */
export function surveyOverdueAlerts(input: {
  programs: readonly RecoveryProgram[]; targets: readonly RecoveryTarget[]; responses: readonly AnswerLike[];
  accountNames: ReadonlyMap<string, string>; from: number; to: number; me: string | null | undefined;
}): SurveyAlert[] {
  const programs = new Map(input.programs.filter((p) => !p.deleted && p.status === 'active').map((p) => [p.id, p]));
  const alerts: SurveyAlert[] = [];
  for (const t of input.targets) {
    const program = programs.get(t.programId);
    const overdueAt = surveyOverdueFrom(t);
    if (!program || t.deleted || overdueAt === null || overdueAt <= input.from || overdueAt > input.to) continue;
    if (input.me && t.assigneeId !== null && t.assigneeId !== input.me) continue;
    if (followUpAnswer(t, input.responses) !== null) continue;
    const account = input.accountNames.get(t.accountId) ?? 'An account';
    alerts.push({ key: `survey:${t.id}:${t.surveyRequestedAt ?? ''}`, title: 'Follow-up survey overdue', body: `${account}: no answer after ${surveyOverdueDays} days — ${program.title}` });
  }
  return alerts;
}
