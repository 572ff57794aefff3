import type { Account } from '../account';
import type { Commitment } from '../commitment';
import type { Contact } from '../contact';
import type { Escalation, EscalationEvent } from '../escalation';
import type { ExpansionOpportunity } from '../expansion';
import type { HealthPoint } from '../health/history';
import type { HealthScore } from '../health/score';
import type { Review } from '../review';
import type { SurveyResponse } from '../survey-response';
import type { Ticket } from '../ticket';
import type { Touch } from '../touch';
import type { UsagePoint } from '../usage-point';

/** The account's health as the pack shows it: the explained score now and its weekly trend (null when not computed). */
export type BundleHealth = { score: HealthScore; history: HealthPoint[] };

/**
 * Everything known about one account that agenda proposals, review packs and pre-visit briefs read:
 * plain records (deleted ones may be present; the rules drop them), the team's names, and its health.
 */
export type ReviewBundle = {
  account: Account;
  contacts: Contact[];
  touches: Touch[];
  tickets: Ticket[];
  surveyResponses: SurveyResponse[];
  commitments: Commitment[];
  escalations: Escalation[];
  escalationEvents: EscalationEvent[];
  reviews: Review[];
  usagePoints: UsagePoint[];
  expansions: ExpansionOpportunity[];
  /** Team member names by id (owners of the account, commitments, escalations). */
  memberNames: Record<string, string>;
  health: BundleHealth | null;
};

/** Drops deleted records. */
export function live<T extends { deleted: boolean }>(rows: readonly T[]): T[] {
  return rows.filter((r) => !r.deleted);
}

/** Whole days from the local date `from` to `to` (negative when `to` is earlier); both YYYY-MM-DD or ISO instants. */
export function dayDiff(from: string, to: string): number {
  return Math.round((Date.parse(to.slice(0, 10)) - Date.parse(from.slice(0, 10))) / 86_400_000);
}
