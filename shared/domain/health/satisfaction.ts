import { isFollowUpTrigger, surveyLabel } from '../survey-rules';
import { clampScore, daysAgo } from './dates';
import type { AsOf, ComponentReading, HealthInput } from './types';

/** A survey answer on a 0–100 scale: NPS 0–10 × 10, CSAT 1–5 → 0, 25 … 100, CES 1–7 → 0 … 100. */
export function surveyAsPercent(s: Pick<HealthInput['surveys'][number], 'kind' | 'score'>): number {
  if (s.kind === 'nps') return s.score * 10;
  return s.kind === 'ces' ? Math.round(((s.score - 1) / 6) * 100) : (s.score - 1) * 25;
}

/** True for an NPS detractor (0–6) or a CSAT of 1–2 (the answers the closed loop follows up; CES is not one). */
export function isDetractorResponse(s: Pick<HealthInput['surveys'][number], 'kind' | 'score'>): boolean {
  return isFollowUpTrigger(s);
}

function label(s: Pick<HealthInput['surveys'][number], 'kind' | 'score'>): string {
  return surveyLabel(s);
}

/**
 * Satisfaction component: the latest answer of the last 365 days on a 0–100 scale, moved by a
 * quarter of its difference from the mean of the earlier answers (the trend). Missing without an answer in a year.
 */
export function satisfactionComponent(input: HealthInput, asOf: AsOf): ComponentReading {
  const answers = input.surveys
    .filter((s) => !s.deleted && daysAgo(asOf.today, s.respondedAt) >= 0 && daysAgo(asOf.today, s.respondedAt) <= 365)
    .sort((a, b) => a.respondedAt.localeCompare(b.respondedAt));
  const latest = answers.at(-1);
  if (!latest) return { score: null, sentence: 'No survey answer in the last year' };
  const earlier = answers.slice(0, -1);
  const now = surveyAsPercent(latest);
  if (earlier.length === 0) return { score: now, sentence: `Latest ${label(latest)}${isDetractorResponse(latest) ? ' (detractor)' : ''}` };
  const before = earlier.reduce((sum, s) => sum + surveyAsPercent(s), 0) / earlier.length;
  const trend = now - before;
  const direction = Math.abs(trend) < 10 ? 'level with' : trend < 0 ? 'down from' : 'up from';
  return {
    score: clampScore(now + trend / 4),
    sentence: `Latest ${label(latest)}${isDetractorResponse(latest) ? ' (detractor)' : ''}, ${direction} an average of ${Math.round(before)}/100 before`,
  };
}
