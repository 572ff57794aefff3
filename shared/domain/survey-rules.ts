import type { SurveyKind } from './survey-response';

type Answer = { kind: SurveyKind; score: number };

/** Short names of the survey kinds. */
export const surveyKindLabels: Record<SurveyKind, string> = { nps: 'NPS', csat: 'CSAT', ces: 'CES' };

/** "NPS 4", "CSAT 2", "CES 6". */
export function surveyLabel(s: Answer): string {
  return `${surveyKindLabels[s.kind]} ${s.score}`;
}

/** An NPS answer's category: promoter 9–10, passive 7–8, detractor 0–6. */
export function npsCategory(score: number): 'promoter' | 'passive' | 'detractor' {
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}

/**
 * The answers the closed loop follows up: an NPS detractor (0–6) or a CSAT of 1–2. A CES answer
 * never opens a follow-up (effort is reported, not escalated).
 */
export function isFollowUpTrigger(s: Answer): boolean {
  if (s.kind === 'nps') return s.score <= 6;
  if (s.kind === 'csat') return s.score <= 2;
  return false;
}

/** A good answer, the kind that rescues a follow-up: NPS 7 or more, CSAT 4 or more (CES never does). */
export function isRescuingAnswer(s: Answer): boolean {
  if (s.kind === 'nps') return s.score >= 7;
  if (s.kind === 'csat') return s.score >= 4;
  return false;
}
