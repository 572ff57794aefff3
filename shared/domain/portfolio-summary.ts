import type { Account } from './account';
import { daysBetween } from './calendar';
import type { Commitment } from './commitment';
import type { Escalation } from './escalation';

/** The headline numbers of a portfolio for the Today screen. */
export type PortfolioSummary = {
  accountCount: number;
  totalArrMinor: number;
  renewalsNext90Days: Account[];
  openEscalations: Escalation[];
  overdueCommitments: Commitment[];
  dueThisWeek: Commitment[];
};

const closedEscalation = new Set(['resolved', 'closed']);

/** Summarizes live (not deleted) records as of a local calendar date. */
export function summarizePortfolio(input: { accounts: Account[]; escalations: Escalation[]; commitments: Commitment[]; today: string }): PortfolioSummary {
  const accounts = input.accounts.filter((a) => !a.deleted);
  const open = input.commitments.filter((c) => !c.deleted && (c.status === 'open' || c.status === 'renegotiated') && c.owedBy === 'us');
  const byDue = (a: Commitment, b: Commitment) => a.dueDate.localeCompare(b.dueDate);
  return {
    accountCount: accounts.length,
    totalArrMinor: accounts.reduce((sum, a) => sum + a.arrMinor, 0),
    renewalsNext90Days: accounts
      .filter((a) => a.renewalDate !== null && daysBetween(input.today, a.renewalDate) >= 0 && daysBetween(input.today, a.renewalDate) <= 90)
      .sort((a, b) => (a.renewalDate ?? '').localeCompare(b.renewalDate ?? '')),
    openEscalations: input.escalations.filter((e) => !e.deleted && !closedEscalation.has(e.status)).sort((a, b) => a.severity.localeCompare(b.severity)),
    overdueCommitments: open.filter((c) => daysBetween(input.today, c.dueDate) < 0).sort(byDue),
    dueThisWeek: open.filter((c) => { const d = daysBetween(input.today, c.dueDate); return d >= 0 && d < 7; }).sort(byDue),
  };
}
