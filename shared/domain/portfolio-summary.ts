import type { Account } from './account';
import { daysBetween } from './calendar';
import { dueInstant, isDueThisWeek, isOverdue, type Commitment } from './commitment';
import { isActiveEscalation, type Escalation } from './escalation';
import { localDateOf, type Instant } from './local-date';
import { sumByCurrency, type MoneyTotals } from './money';

/** The headline numbers of a portfolio for the Today screen. */
export type PortfolioSummary = {
  accountCount: number;
  /** ARR summed per currency: a portfolio in USD and EUR has two totals. */
  arrByCurrency: MoneyTotals;
  renewalsNext90Days: Account[];
  openEscalations: Escalation[];
  /** Our open commitments past due (see isOverdue), soonest due first. */
  overdueCommitments: Commitment[];
  /** Our open commitments due by the end of this week and not overdue (see isDueThisWeek), soonest first. */
  dueThisWeek: Commitment[];
};

/** What the summary is computed from: live and deleted records, the current instant and the user's zone. */
export type PortfolioSummaryInput = { accounts: Account[]; escalations: Escalation[]; commitments: Commitment[]; now: Instant; zone: string };

/** Summarizes live (not deleted) records at `now`, with calendar days in the user's `zone`. */
export function summarizePortfolio(input: PortfolioSummaryInput): PortfolioSummary {
  const { now, zone } = input;
  const today = localDateOf(now, zone);
  const accounts = input.accounts.filter((a) => !a.deleted);
  const ours = input.commitments.filter((c) => c.owedBy === 'us');
  const byDue = (a: Commitment, b: Commitment) => dueInstant(a, zone) - dueInstant(b, zone) || a.id.localeCompare(b.id);
  return {
    accountCount: accounts.length,
    arrByCurrency: sumByCurrency(accounts, (a) => ({ minor: a.arrMinor, currency: a.currency })),
    renewalsNext90Days: accounts
      .filter((a) => a.renewalDate !== null && daysBetween(today, a.renewalDate) >= 0 && daysBetween(today, a.renewalDate) <= 90)
      .sort((a, b) => (a.renewalDate ?? '').localeCompare(b.renewalDate ?? '')),
    openEscalations: input.escalations.filter(isActiveEscalation).sort((a, b) => a.severity.localeCompare(b.severity)),
    overdueCommitments: ours.filter((c) => isOverdue(c, now, zone)).sort(byDue),
    dueThisWeek: ours.filter((c) => isDueThisWeek(c, now, zone)).sort(byDue),
  };
}
