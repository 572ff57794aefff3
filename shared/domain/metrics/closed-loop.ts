// Closed-loop figures: how many unhappy answers were followed up to closure, how fast the first
// contact came, and how many accounts were won back.
import { localDateOf } from '../local-date';
import type { SurveyFollowUp } from '../survey-follow-up';
import { nearestRank } from '../escalation-rules';
import { dateInPeriod, type Period } from './period';

/** The follow-up fields these figures read. */
export type FollowUpLike = Pick<SurveyFollowUp, 'responseId' | 'stage' | 'outcome' | 'openedAt' | 'dueAt' | 'firstContactAt' | 'deleted'>;

/** Definitions shown beside the figures. */
export const closedLoopDefinitions = {
  closedLoopRate: 'Closed-loop rate: of the follow-ups opened for unhappy answers (NPS 0–6, CSAT 1–2) given in the period, the share closed.',
  timeToFirstContact: 'Time to first contact: hours from the unhappy answer to the first contact with the customer (median), and the share contacted within the target.',
  rescueRate: 'Rescued: closed follow-ups where a later answer from the account scored NPS 7+ or CSAT 4+.',
} as const;

/** Closed-loop figures over a period. */
export type ClosedLoopFigures = {
  opened: number; closed: number; rate: number | null; rescued: number; rescueRate: number | null;
  contacted: number; contactedOnTime: number; onTimeRate: number | null; medianHoursToContact: number | null; overdue: number;
};

/**
 * Closed-loop figures for the follow-ups whose answer was given in the period (`respondedAt` of the
 * answer by id; the follow-up's opening time when the answer is unknown). `nowMs` tells which
 * uncontacted follow-ups are past their target.
 */
export function closedLoop(followUps: readonly FollowUpLike[], respondedAt: ReadonlyMap<string, string>, period: Period, zone: string, nowMs: number): ClosedLoopFigures {
  const inPeriod = followUps.filter((f) => !f.deleted && dateInPeriod(localDateOf(respondedAt.get(f.responseId) ?? f.openedAt, zone), period));
  const closed = inPeriod.filter((f) => f.stage === 'closed');
  const rescued = closed.filter((f) => f.outcome === 'rescued').length;
  const contacted = inPeriod.filter((f) => f.firstContactAt !== null);
  const onTime = contacted.filter((f) => (f.firstContactAt ?? '') <= f.dueAt).length;
  const hours = contacted
    .map((f) => (Date.parse(f.firstContactAt ?? '') - Date.parse(respondedAt.get(f.responseId) ?? f.openedAt)) / 3_600_000)
    .filter((h) => Number.isFinite(h))
    .map((h) => Math.max(0, h))
    .sort((a, b) => a - b);
  return {
    opened: inPeriod.length, closed: closed.length, rate: inPeriod.length === 0 ? null : closed.length / inPeriod.length,
    rescued, rescueRate: closed.length === 0 ? null : rescued / closed.length,
    contacted: contacted.length, contactedOnTime: onTime, onTimeRate: contacted.length === 0 ? null : onTime / contacted.length,
    medianHoursToContact: nearestRank(hours, 50),
    overdue: inPeriod.filter((f) => f.firstContactAt === null && f.stage !== 'closed' && Date.parse(f.dueAt) < nowMs).length,
  };
}
