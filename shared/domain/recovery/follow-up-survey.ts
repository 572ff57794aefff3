// The follow-up survey of a recovery program: once an account was followed up (or has an outcome) it
// is invited to answer a survey; its first answer on or after the invitation is the program's answer.
// The answer is derived from the account's survey responses, never stored on the target.
import { toEpochMs, type Instant } from '../local-date';
import type { RecoveryProgram, RecoveryTarget } from '../recovery';
import type { SurveyKind, SurveyResponse } from '../survey-response';
import { npsCategory } from '../survey-rules';
import { planLogTouch } from '../touch-workflows';
import { planUpdate, type WritePlan } from '../write-plan';
import type { RecoveryActor } from './recovery-workflows';

/** A requested survey with no answer after this many days is overdue. */
export const surveyOverdueDays = 14;
const dayMs = 86_400_000;

/** The answer fields the follow-up survey reads. */
export type AnswerLike = Pick<SurveyResponse, 'id' | 'accountId' | 'kind' | 'score' | 'comment' | 'respondedAt' | 'deleted'>;

/** Whether the follow-up survey may be sent to an account: after the follow-up, or once it has an outcome. */
export function canRequestSurvey(target: RecoveryTarget): boolean {
  return !target.deleted && (target.stage === 'followed_up' || (target.stage !== 'pending' && target.outcome !== null));
}

/** From when an account's answers count as the program's answer: the survey request, else the first contact; null before either. */
export function answerWindowStart(target: RecoveryTarget): string | null {
  return target.surveyRequestedAt ?? target.contactedAt;
}

/**
 * The program's follow-up answer for one account: the account's first live answer (any kind) dated on
 * or after the survey request — or, when no survey was requested, on or after the first contact.
 * Earlier answers are the account's history, not its answer to the program.
 */
export function followUpAnswer<R extends AnswerLike>(target: RecoveryTarget, responses: readonly R[]): R | null {
  const start = answerWindowStart(target);
  if (start === null) return null;
  const from = toEpochMs(start);
  let first: R | null = null;
  for (const r of responses) {
    if (r.deleted || r.accountId !== target.accountId || toEpochMs(r.respondedAt) < from) continue;
    if (!first || r.respondedAt < first.respondedAt || (r.respondedAt === first.respondedAt && r.id < first.id)) first = r;
  }
  return first;
}

/** Where one account's follow-up survey stands. */
export type SurveyStatus = 'not_requested' | 'awaiting' | 'overdue' | 'answered';

/** One account's follow-up survey: its status, the answer when there is one, and how long it has waited. */
export type TargetSurvey<R extends AnswerLike = AnswerLike> = { status: SurveyStatus; answer: R | null; requestedAt: string | null; daysWaiting: number | null };

/** The moment a requested survey counts as overdue (a full day past the 14 days, as `targetSurvey` counts), in epoch ms; null when not requested. */
export function surveyOverdueFrom(target: Pick<RecoveryTarget, 'surveyRequestedAt'>): number | null {
  return target.surveyRequestedAt ? toEpochMs(target.surveyRequestedAt) + (surveyOverdueDays + 1) * dayMs : null;
}

/** Where one account's follow-up survey stands at `now`: answered, overdue (requested over 14 days ago), awaiting, or not requested. */
export function targetSurvey<R extends AnswerLike>(target: RecoveryTarget, responses: readonly R[], now: Instant): TargetSurvey<R> {
  const answer = followUpAnswer(target, responses);
  const requestedAt = target.surveyRequestedAt;
  // Never negative: the request may carry a clock a little ahead of this screen's (another device, or a stale "now").
  const daysWaiting = requestedAt && !answer ? Math.max(0, Math.floor((toEpochMs(now) - toEpochMs(requestedAt)) / dayMs)) : null;
  const status: SurveyStatus = answer ? 'answered' : !requestedAt ? 'not_requested' : (daysWaiting ?? 0) > surveyOverdueDays ? 'overdue' : 'awaiting';
  return { status, answer, requestedAt, daysWaiting };
}

/** An answer as a short label with its meaning: "NPS 9 · promoter", "CSAT 4", "CES 6". */
export function answerLabel(answer: Pick<AnswerLike, 'kind' | 'score'>): string {
  const kind = { nps: 'NPS', csat: 'CSAT', ces: 'CES' }[answer.kind];
  return answer.kind === 'nps' ? `${kind} ${answer.score} · ${npsCategory(answer.score)}` : `${kind} ${answer.score}`;
}

/** The average score and count of one survey kind among the program's answers. */
export type KindAverage = { count: number; average: number | null };

/** A program's follow-up survey in figures. */
export type SurveySummary = {
  requested: number;
  /** Accounts with an answer (requested or not: an answer after the first contact counts). */
  answered: number;
  /** Requested, not answered yet (the overdue ones included). */
  awaiting: number;
  /** Requested more than 14 days ago without an answer, longest waiting first. */
  overdue: { target: RecoveryTarget; requestedAt: string; daysWaiting: number }[];
  averages: Record<SurveyKind, KindAverage>;
  /** NPS answers per category. */
  nps: { promoters: number; passives: number; detractors: number };
};

/** Sums up a program's follow-up survey over its live targets, each with its account's responses. */
export function surveySummary(program: RecoveryProgram, targets: readonly RecoveryTarget[], responsesByAccount: ReadonlyMap<string, readonly AnswerLike[]>, now: Instant): SurveySummary {
  const live = targets.filter((t) => !t.deleted && t.programId === program.id);
  const sums: Record<SurveyKind, { total: number; count: number }> = { nps: { total: 0, count: 0 }, csat: { total: 0, count: 0 }, ces: { total: 0, count: 0 } };
  const nps = { promoters: 0, passives: 0, detractors: 0 };
  const summary = { requested: 0, answered: 0, awaiting: 0, overdue: [] as SurveySummary['overdue'] };
  for (const t of live) {
    const s = targetSurvey(t, responsesByAccount.get(t.accountId) ?? [], now);
    if (t.surveyRequestedAt) summary.requested += 1;
    if (s.status === 'awaiting' || s.status === 'overdue') summary.awaiting += 1;
    if (s.status === 'overdue' && s.requestedAt) summary.overdue.push({ target: t, requestedAt: s.requestedAt, daysWaiting: s.daysWaiting ?? 0 });
    if (!s.answer) continue;
    summary.answered += 1;
    sums[s.answer.kind].total += s.answer.score;
    sums[s.answer.kind].count += 1;
    if (s.answer.kind === 'nps') nps[`${npsCategory(s.answer.score)}s`] += 1;
  }
  const average = (k: SurveyKind): KindAverage => ({ count: sums[k].count, average: sums[k].count === 0 ? null : sums[k].total / sums[k].count });
  summary.overdue.sort((a, b) => b.daysWaiting - a.daysWaiting);
  return { ...summary, averages: { nps: average('nps'), csat: average('csat'), ces: average('ces') }, nps };
}

/** Marking the follow-up survey sent: the request time on the target, and the email on the account's timeline, in one plan. */
export function planRequestSurvey(target: RecoveryTarget, program: RecoveryProgram, contactId: string | null, actor: RecoveryActor): WritePlan {
  if (target.surveyRequestedAt) throw new Error('The follow-up survey was already sent to this account');
  if (!canRequestSurvey(target)) throw new Error('Follow up with the account or record its outcome before sending the survey');
  return [
    planUpdate('recoveryTargets', target.id, { surveyRequestedAt: actor.at }),
    ...planLogTouch({ accountId: target.accountId, contactId, kind: 'email', summary: `Follow-up survey sent: ${program.title}`, details: '', at: actor.at }, actor.newId(), actor.authorId),
  ];
}
