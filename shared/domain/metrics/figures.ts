// All the figures of one period, for one slice of the portfolio (everyone, a segment, an owner):
// what the Reports screen shows, the monthly review prints and the CSV export lists.
import type { Account, Segment } from '../account';
import type { EscalationEventLike, EscalationLike } from '../escalation-rules';
import type { SurveyFollowUp } from '../survey-follow-up';
import type { SurveyResponse } from '../survey-response';
import { closedLoop, type ClosedLoopFigures } from './closed-loop';
import { escalationFigures, keptOnTime, type CommitmentOutcomeLike, type EscalationFigures } from './operations';
import type { Period } from './period';
import { expansionWon, renewalRate, retention, type RenewalFigures, type RetentionEvent, type RetentionFigures, type WonExpansion } from './retention';
import { answersIn, csatOf, cesOf, npsOf, type NpsFigures } from './satisfaction';

/** The records the figures are computed from. */
export type MetricsInput = {
  accounts: (Pick<Account, 'id' | 'name' | 'segment' | 'ownerId' | 'arrMinor' | 'currency' | 'lifecycleStage' | 'createdAt' | 'renewalDate' | 'deleted'>)[];
  events: (RetentionEvent & { accountId: string })[];
  responses: Pick<SurveyResponse, 'id' | 'accountId' | 'contactId' | 'kind' | 'score' | 'respondedAt' | 'deleted' | 'comment' | 'theme'>[];
  followUps: Pick<SurveyFollowUp, 'id' | 'responseId' | 'accountId' | 'stage' | 'outcome' | 'openedAt' | 'dueAt' | 'firstContactAt' | 'deleted'>[];
  escalations: (EscalationLike & { accountId: string })[];
  escalationEvents: EscalationEventLike[];
  commitments: (CommitmentOutcomeLike & { accountId: string | null })[];
  /** Expansion leads won (closed-won opportunities with their value); none when absent. */
  won?: WonExpansion[];
};

/** Which part of the portfolio: everyone's accounts, one segment, one owner's. */
export type MetricsSlice = { segment: Segment | null; ownerId: string | null };

/** Every figure of one period. */
export type PeriodFigures = {
  period: Period;
  retention: RetentionFigures;
  renewals: RenewalFigures;
  nps: NpsFigures;
  csat: ReturnType<typeof csatOf>;
  ces: ReturnType<typeof cesOf>;
  closedLoop: ClosedLoopFigures;
  escalations: EscalationFigures;
  commitments: ReturnType<typeof keptOnTime>;
  /** ARR won through expansion leads in the period, per currency (never summed across currencies). */
  expansionWon: { currency: string; arrMinor: number }[];
};

/** The records of the accounts in a slice (a commitment with no account counts for everyone only). */
export function sliceInput(input: MetricsInput, slice: MetricsSlice): MetricsInput {
  if (slice.segment === null && slice.ownerId === null) return input;
  const accounts = input.accounts.filter((a) => (slice.segment === null || a.segment === slice.segment) && (slice.ownerId === null || a.ownerId === slice.ownerId));
  const ids = new Set(accounts.map((a) => a.id));
  const mine = <T extends { accountId: string | null }>(list: T[]) => list.filter((r) => r.accountId !== null && ids.has(r.accountId));
  const escalations = mine(input.escalations);
  const escalationIds = new Set(escalations.map((e) => e.id));
  return {
    accounts, events: mine(input.events), responses: mine(input.responses), followUps: mine(input.followUps), escalations,
    escalationEvents: input.escalationEvents.filter((e) => escalationIds.has(e.escalationId)), commitments: mine(input.commitments),
    won: mine(input.won ?? []),
  };
}

/** Every figure of a period for the given records (slice them first with sliceInput). */
export function periodFigures(input: MetricsInput, period: Period, zone: string, nowMs: number): PeriodFigures {
  const answers = answersIn(input.responses, period, zone);
  const respondedAt = new Map(input.responses.map((r) => [r.id, r.respondedAt]));
  return {
    period,
    retention: retention(input.accounts, input.events, period, zone),
    renewals: renewalRate(input.accounts, input.events, period),
    nps: npsOf(answers), csat: csatOf(answers), ces: cesOf(answers),
    closedLoop: closedLoop(input.followUps, respondedAt, period, zone, nowMs),
    escalations: escalationFigures(input.escalations, input.escalationEvents, period, zone, nowMs),
    commitments: keptOnTime(input.commitments, period, zone),
    expansionWon: [...expansionWon(input.won ?? [], period, zone)].map(([currency, arrMinor]) => ({ currency, arrMinor })).sort((a, b) => a.currency.localeCompare(b.currency)),
  };
}
