import type { Account } from '../account';
import { toCsv } from '../../import/csv-rows';
import { formatMoney } from '../money';
import type { RecoveryProgram, RecoveryTarget } from '../recovery';
import type { Instant } from '../local-date';
import { surveyKindLabels } from '../survey-rules';
import { targetSurvey, type AnswerLike, type TargetSurvey } from './follow-up-survey';
import { reachedWithinDeadline, stageLabel } from './recovery-rules';

/** One affected account as a report shows it, with its follow-up survey. */
export type ReportRow = { target: RecoveryTarget; account: Account | undefined; ownerName: string; survey: TargetSurvey };

/** The survey answers a report reads (per account) and the instant it is made at (for overdue surveys). */
export type ReportSurveys = { responsesByAccount: ReadonlyMap<string, readonly AnswerLike[]>; now: Instant };

/** The report's rows: one per live target, in account-name order. */
export function reportRows(
  program: RecoveryProgram, targets: readonly RecoveryTarget[], accounts: ReadonlyMap<string, Account>, memberNames: ReadonlyMap<string, string>, surveys: ReportSurveys,
): ReportRow[] {
  return targets
    .filter((t) => !t.deleted && t.programId === program.id)
    .map((target) => ({
      target, account: accounts.get(target.accountId), ownerName: target.assigneeId ? memberNames.get(target.assigneeId) ?? '' : '',
      survey: targetSurvey(target, surveys.responsesByAccount.get(target.accountId) ?? [], surveys.now),
    }))
    .sort((a, b) => (a.account?.name ?? '').localeCompare(b.account?.name ?? ''));
}

/** The columns of the program CSV. */
export const programCsvHeaders = [
  'Account', 'CRM id', 'Owner', 'Stage', 'Contacted at (UTC)', 'Within deadline', 'Impact', 'Impact note',
  'Credit', 'Credit currency', 'Fix date', 'Workaround', 'Followed up at (UTC)', 'Outcome', 'ARR', 'ARR currency',
  'Survey requested at (UTC)', 'Follow-up survey', 'Survey kind', 'Survey score', 'Survey answered at (UTC)', 'Survey comment',
];

/** How a follow-up survey stands in a report: "answered", "awaiting", "overdue" or "not requested". */
export function surveyStatusText(survey: TargetSurvey): string {
  return { answered: 'answered', awaiting: 'awaiting', overdue: 'overdue', not_requested: 'not requested' }[survey.status];
}

/** A report's short cell for a follow-up survey: the answer ("NPS 9"), else where it stands ("awaiting", "overdue"), else "—". */
export function surveyCellText(survey: TargetSurvey): string {
  if (survey.answer) return `${surveyKindLabels[survey.answer.kind]} ${survey.answer.score}`;
  return survey.status === 'not_requested' ? '—' : surveyStatusText(survey);
}

/** A program's accounts as CSV, one row per account (amounts as plain decimals; formula-like cells neutralised). */
export function programReportCsv(program: RecoveryProgram, rows: readonly ReportRow[]): string {
  const decimal = (minor: number) => (minor / 100).toFixed(2);
  return toCsv(programCsvHeaders, rows.map(({ target: t, account, ownerName, survey }) => [
    account?.name ?? 'Unknown account', account?.externalId ?? '', ownerName, stageLabel(t.stage), t.contactedAt ?? '',
    t.contactedAt ? (reachedWithinDeadline(t, program) ? 'yes' : 'no') : '', t.impact ?? '', t.impactNote,
    t.creditMinor > 0 ? decimal(t.creditMinor) : '', t.creditMinor > 0 ? t.creditCurrency : '', t.fixDate ?? '', t.workaround,
    t.followedUpAt ?? '', t.outcome ?? '', decimal(account?.arrMinor ?? 0), account?.currency ?? '',
    t.surveyRequestedAt ?? '', surveyStatusText(survey), survey.answer ? surveyKindLabels[survey.answer.kind] : '', survey.answer ? String(survey.answer.score) : '',
    survey.answer?.respondedAt ?? '', survey.answer?.comment ?? '',
  ]));
}

/** A credit as people read it ("$500"), or "—" when none was agreed. */
export function creditText(t: RecoveryTarget): string {
  return t.creditMinor > 0 ? formatMoney(t.creditMinor, t.creditCurrency, 'en-US') : '—';
}
