import type { Account } from '../account';
import { toCsv } from '../../import/csv-rows';
import { formatMoney } from '../money';
import type { RecoveryProgram, RecoveryTarget } from '../recovery';
import { reachedWithinDeadline, stageLabel } from './recovery-rules';

/** One affected account as a report shows it. */
export type ReportRow = { target: RecoveryTarget; account: Account | undefined; ownerName: string };

/** The report's rows: one per live target, in account-name order. */
export function reportRows(program: RecoveryProgram, targets: readonly RecoveryTarget[], accounts: ReadonlyMap<string, Account>, memberNames: ReadonlyMap<string, string>): ReportRow[] {
  return targets
    .filter((t) => !t.deleted && t.programId === program.id)
    .map((target) => ({ target, account: accounts.get(target.accountId), ownerName: target.assigneeId ? memberNames.get(target.assigneeId) ?? '' : '' }))
    .sort((a, b) => (a.account?.name ?? '').localeCompare(b.account?.name ?? ''));
}

/** The columns of the program CSV. */
export const programCsvHeaders = [
  'Account', 'CRM id', 'Owner', 'Stage', 'Contacted at (UTC)', 'Within deadline', 'Impact', 'Impact note',
  'Credit', 'Credit currency', 'Fix date', 'Workaround', 'Followed up at (UTC)', 'Outcome', 'ARR', 'ARR currency',
];

/** A program's accounts as CSV, one row per account (amounts as plain decimals; formula-like cells neutralised). */
export function programReportCsv(program: RecoveryProgram, rows: readonly ReportRow[]): string {
  const decimal = (minor: number) => (minor / 100).toFixed(2);
  return toCsv(programCsvHeaders, rows.map(({ target: t, account, ownerName }) => [
    account?.name ?? 'Unknown account', account?.externalId ?? '', ownerName, stageLabel(t.stage), t.contactedAt ?? '',
    t.contactedAt ? (reachedWithinDeadline(t, program) ? 'yes' : 'no') : '', t.impact ?? '', t.impactNote,
    t.creditMinor > 0 ? decimal(t.creditMinor) : '', t.creditMinor > 0 ? t.creditCurrency : '', t.fixDate ?? '', t.workaround,
    t.followedUpAt ?? '', t.outcome ?? '', decimal(account?.arrMinor ?? 0), account?.currency ?? '',
  ]));
}

/** A credit as people read it ("$500"), or "—" when none was agreed. */
export function creditText(t: RecoveryTarget): string {
  return t.creditMinor > 0 ? formatMoney(t.creditMinor, t.creditCurrency, 'en-US') : '—';
}
