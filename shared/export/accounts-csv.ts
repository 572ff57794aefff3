import type { AccountRow } from '../domain/account-list';
import { toCsv } from '../import/csv';

/** Headers of the accounts export; the same names the importer recognises, so exports re-import cleanly. */
export const accountExportHeaders = ['Account Name', 'CRM ID', 'Segment', 'Tier', 'Annual Contract Value', 'Currency', 'Renewal Date', 'Lifecycle Stage', 'Owner', 'Industry', 'Tags', 'Open Escalations', 'Overdue Commitments', 'Last Touch'];

/** A list of accounts (any filtered view) as CSV: money as decimal numbers, dates ISO. */
export function accountsCsv(rows: AccountRow[], ownerName: (id: string | null) => string): string {
  return toCsv(accountExportHeaders, rows.map(({ account: a, openEscalations, overdueCommitments, lastTouchAt }) => [
    a.name, a.externalId, a.segment, a.tier, (a.arrMinor / 100).toFixed(2), a.currency, a.renewalDate, a.lifecycleStage,
    a.ownerId ? ownerName(a.ownerId) : '', a.industry, a.tags.join('; '), openEscalations, overdueCommitments, lastTouchAt,
  ]));
}
