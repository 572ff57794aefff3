// Satisfaction figures from survey answers: NPS, CSAT and CES, for any set of answers (a period,
// an account, a segment, an owner's accounts).
import { localDateOf } from '../local-date';
import type { SurveyResponse } from '../survey-response';
import { npsCategory } from '../survey-rules';
import { dateInPeriod, type Period } from './period';

/** The answer fields these figures read. */
export type AnswerLike = Pick<SurveyResponse, 'accountId' | 'kind' | 'score' | 'respondedAt' | 'deleted'>;

/** Definitions shown beside the figures. */
export const satisfactionDefinitions = {
  nps: 'Net Promoter Score: the share of NPS answers from promoters (9–10) minus the share from detractors (0–6), from −100 to +100.',
  csat: 'CSAT: the share of satisfaction answers that are 4 or 5 on the 1–5 scale.',
  ces: 'Customer effort: the average effort answer on the 1–7 scale (7 = very easy).',
} as const;

/** NPS over a set of answers (score null when there is no NPS answer). */
export type NpsFigures = { responses: number; promoters: number; passives: number; detractors: number; score: number | null };

/** NPS = % promoters − % detractors over the NPS answers given (others ignored). */
export function npsOf(answers: readonly AnswerLike[]): NpsFigures {
  const f = { responses: 0, promoters: 0, passives: 0, detractors: 0 };
  for (const a of answers) {
    if (a.deleted || a.kind !== 'nps') continue;
    f.responses += 1;
    const c = npsCategory(a.score);
    if (c === 'promoter') f.promoters += 1;
    else if (c === 'passive') f.passives += 1;
    else f.detractors += 1;
  }
  return { ...f, score: f.responses === 0 ? null : ((f.promoters - f.detractors) / f.responses) * 100 };
}

/** CSAT: the share of CSAT answers scoring 4–5 (null without any). */
export function csatOf(answers: readonly AnswerLike[]): { responses: number; satisfied: number; share: number | null } {
  const csat = answers.filter((a) => !a.deleted && a.kind === 'csat');
  const satisfied = csat.filter((a) => a.score >= 4).length;
  return { responses: csat.length, satisfied, share: csat.length === 0 ? null : satisfied / csat.length };
}

/** CES: the average effort answer (null without any). */
export function cesOf(answers: readonly AnswerLike[]): { responses: number; average: number | null } {
  const ces = answers.filter((a) => !a.deleted && a.kind === 'ces');
  return { responses: ces.length, average: ces.length === 0 ? null : ces.reduce((s, a) => s + a.score, 0) / ces.length };
}

/** The answers given in a period, on the user's calendar. */
export function answersIn<A extends AnswerLike>(answers: readonly A[], period: Period, zone: string): A[] {
  return answers.filter((a) => !a.deleted && dateInPeriod(localDateOf(a.respondedAt, zone), period));
}

/** NPS per group (an account, a segment, an owner): the groups with at least one NPS answer, best first. */
export function npsBy<A extends AnswerLike>(answers: readonly A[], groupOf: (a: A) => string | null): { group: string; nps: NpsFigures }[] {
  const groups = new Map<string, A[]>();
  for (const a of answers) {
    const g = groupOf(a);
    if (g !== null) groups.set(g, [...(groups.get(g) ?? []), a]);
  }
  return [...groups]
    .map(([group, list]) => ({ group, nps: npsOf(list) }))
    .filter((r) => r.nps.score !== null)
    .sort((a, b) => (b.nps.score ?? 0) - (a.nps.score ?? 0) || a.group.localeCompare(b.group));
}

/** Accounts with two or more unhappy NPS answers (0–6) in the answers given: repeat detractors, most first. */
export function repeatDetractors(answers: readonly AnswerLike[]): { accountId: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const a of answers) if (!a.deleted && a.kind === 'nps' && a.score <= 6) counts.set(a.accountId, (counts.get(a.accountId) ?? 0) + 1);
  return [...counts].filter(([, n]) => n >= 2).map(([accountId, count]) => ({ accountId, count })).sort((a, b) => b.count - a.count || a.accountId.localeCompare(b.accountId));
}
