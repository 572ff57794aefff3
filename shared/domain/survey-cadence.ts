import type { Account } from './account';
import { addDays } from './local-date';
import type { SurveyResponse } from './survey-response';

/** How often an account is surveyed when neither the account nor Settings says otherwise: every 90 days. */
export const defaultSurveyCadenceDays = 90;

/** One account's survey schedule. */
export type SurveyDue = {
  accountId: string;
  cadenceDays: number;
  /** Whether the cadence is the account's own (else the team default). */
  ownCadence: boolean;
  lastRespondedOn: string | null;
  /** When the next survey is due: last answer + cadence, or today when it was never surveyed. */
  dueOn: string;
  /** Days past due (0 = due today); negative while not due yet. */
  daysOverdue: number;
};

const dayMs = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);

/**
 * Every live, not-churned account's survey schedule, the most overdue first. The cadence is the
 * account's own (`surveyCadenceDays`) or the team default; an account never surveyed is due today.
 * `dueWithinDays` keeps only the accounts due by today + that many days (0 = due now).
 */
export function surveysDue(
  accounts: readonly Pick<Account, 'id' | 'lifecycleStage' | 'deleted' | 'surveyCadenceDays'>[],
  responses: readonly Pick<SurveyResponse, 'accountId' | 'respondedAt' | 'deleted'>[],
  today: string, defaultCadenceDays = defaultSurveyCadenceDays, dueWithinDays = 0,
): SurveyDue[] {
  const last = new Map<string, string>();
  for (const r of responses) {
    if (r.deleted) continue;
    const day = r.respondedAt.slice(0, 10);
    if ((last.get(r.accountId) ?? '') < day) last.set(r.accountId, day);
  }
  const rows: SurveyDue[] = [];
  for (const a of accounts) {
    if (a.deleted || a.lifecycleStage === 'churned') continue;
    const own = a.surveyCadenceDays ?? null;
    const cadenceDays = own ?? defaultCadenceDays;
    const lastOn = last.get(a.id) ?? null;
    const dueOn = lastOn ? addDays(lastOn, cadenceDays) : today;
    const daysOverdue = daysBetween(dueOn, today);
    if (daysOverdue >= -dueWithinDays) rows.push({ accountId: a.id, cadenceDays, ownCadence: own !== null, lastRespondedOn: lastOn, dueOn, daysOverdue });
  }
  return rows.sort((a, b) => b.daysOverdue - a.daysOverdue || a.accountId.localeCompare(b.accountId));
}
