import type { Account } from '../account';
import type { AccountEvent } from '../account-event';
import type { Commitment } from '../commitment';
import type { Contact } from '../contact';
import type { Escalation, EscalationEvent } from '../escalation';
import type { Review } from '../review';
import type { SurveyResponse } from '../survey-response';
import type { Ticket } from '../ticket';
import type { Touch } from '../touch';
import type { UsagePoint } from '../usage-point';

/** Everything the health score and the at-risk rules read about one account (deleted records included; the rules drop them). */
export type HealthInput = {
  account: Pick<Account, 'id' | 'name' | 'segment' | 'arrMinor' | 'currency' | 'renewalDate' | 'lifecycleStage' | 'deleted'>;
  usage: Pick<UsagePoint, 'date' | 'metric' | 'value' | 'deleted'>[];
  tickets: Pick<Ticket, 'category' | 'openedAt' | 'deleted'>[];
  surveys: Pick<SurveyResponse, 'kind' | 'score' | 'respondedAt' | 'contactId' | 'deleted'>[];
  touches: Pick<Touch, 'contactId' | 'kind' | 'at' | 'deleted'>[];
  contacts: Pick<Contact, 'id' | 'name' | 'role' | 'sentiment' | 'deleted'>[];
  escalations: Pick<Escalation, 'id' | 'title' | 'severity' | 'status' | 'openedAt' | 'resolvedAt' | 'departments' | 'deleted'>[];
  escalationEvents: Pick<EscalationEvent, 'escalationId' | 'kind' | 'at' | 'deleted'>[];
  commitments: Pick<Commitment, 'id' | 'title' | 'owedBy' | 'status' | 'dueDate' | 'deleted'>[];
  reviews: Pick<Review, 'managerAssessment' | 'scheduledAt' | 'status' | 'deleted'>[];
  /** Contract history (renewals, churn); absent where it is not read. */
  accountEvents?: Pick<AccountEvent, 'kind' | 'at' | 'deleted'>[];
};

/** The signals the health score is made of, in display order. */
export const healthComponentKeys = [
  'usage', 'support', 'satisfaction', 'engagement', 'escalations', 'commitments', 'champion', 'renewal', 'assessment',
] as const;
/** One signal of the health score. */
export type HealthComponentKey = (typeof healthComponentKeys)[number];

/** Display names of the signals. */
export const healthComponentLabels: Record<HealthComponentKey, string> = {
  usage: 'Usage trend', support: 'Support load', satisfaction: 'Satisfaction', engagement: 'Engagement',
  escalations: 'Open escalations', commitments: 'Our commitments', champion: 'Champion', renewal: 'Renewal proximity',
  assessment: 'Your assessment',
};

/**
 * One signal's reading: a 0–100 score with the sentence that explains it, or missing (score null)
 * with the sentence saying what is missing. `weightFactor` (0–1, default 1) shrinks its weight,
 * e.g. an ageing manager assessment; the shrunk part is redistributed over the other signals.
 */
export type ComponentReading = { score: number | null; sentence: string; weightFactor?: number };

/** Day-level "as of" for every rule: the local calendar date the score is computed for. */
export type AsOf = { today: string };
