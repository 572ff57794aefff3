import type { PrintDocument } from '../../document/print-document';
import { formatMoneyTotals } from '../money';
import type { RecoveryProgram } from '../recovery';
import type { SurveySummary } from './follow-up-survey';
import type { OutcomeSummary } from './recovery-outcomes';
import { creditText, surveyCellText, type ReportRow } from './recovery-report';
import { surveyReportSection } from './survey-report-section';
import { isReached, reachedWithinDeadline, stageLabel } from './recovery-rules';

/** How the report shows instants and days: the screen's own formatters (the user's zone and locale). */
export type ProgramReportFormat = { dateTime: (iso: string | null) => string; date: (iso: string) => string };

const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);

/**
 * A program's report as a printable document: the incident, outreach against the deadline, impact
 * and credits, retention of the affected accounts afterwards, their follow-up survey, and one row per
 * account (the accounts not reached by the deadline highlighted).
 */
export function programReportDocument(
  program: RecoveryProgram, rows: readonly ReportRow[], summary: OutcomeSummary, survey: SurveySummary, nowIso: string, fmt: ProgramReportFormat,
): PrintDocument {
  const p = summary.progress;
  const late = (row: ReportRow) => !reachedWithinDeadline(row.target, program) && (isReached(row.target) || p.msToDeadline < 0);
  return {
    title: `Recovery report: ${program.title}`,
    subtitle: `Incident started ${fmt.dateTime(program.startedAt)} · ${p.total} affected account${p.total === 1 ? '' : 's'}`,
    runningHeader: `Recovery · ${program.title}`,
    generatedAt: nowIso,
    sections: [
      {
        title: 'Outreach',
        blocks: [
          {
            kind: 'facts',
            items: [
              { label: 'Incident started', value: fmt.dateTime(program.startedAt) },
              { label: 'Outreach deadline', value: fmt.dateTime(program.outreachDeadline) },
              { label: 'Affected accounts', value: String(p.total) },
              { label: 'Reached', value: `${p.reached} of ${p.total}` },
              { label: 'Reached within the deadline', value: `${p.reachedWithinDeadline} of ${p.total} (${percent(p.total === 0 ? null : p.reachedWithinDeadline / p.total)})` },
              { label: 'Not reached, deadline passed', value: String(p.overdue) },
            ],
          },
          ...(program.description ? [{ kind: 'heading' as const, text: 'What happened' }, { kind: 'paragraph' as const, text: program.description }] : []),
          ...(program.customerExplanation ? [{ kind: 'heading' as const, text: 'What customers were told' }, { kind: 'paragraph' as const, text: program.customerExplanation }] : []),
        ],
      },
      {
        title: 'Impact and remediation',
        blocks: [
          {
            kind: 'facts',
            items: [
              { label: 'Major impact', value: String(summary.impact.major) },
              { label: 'Minor impact', value: String(summary.impact.minor) },
              { label: 'No impact', value: String(summary.impact.none) },
              { label: 'Not assessed', value: String(summary.impact.unknown) },
              { label: 'Credits given', value: formatMoneyTotals(summary.credits, 'en-US') },
            ],
          },
        ],
      },
      {
        title: 'Retention afterwards',
        blocks: [
          {
            kind: 'facts',
            items: [
              { label: 'Retained', value: String(summary.outcomes.retained) },
              { label: 'Reduced', value: String(summary.outcomes.reduced) },
              { label: 'Churned', value: String(summary.outcomes.churned) },
              { label: 'No outcome yet', value: String(summary.outcomes.open) },
              { label: 'Logo retention', value: percent(summary.logoRetention) },
              { label: 'ARR affected', value: formatMoneyTotals(summary.affectedArr, 'en-US') },
              { label: 'ARR churned', value: formatMoneyTotals(summary.churnedArr, 'en-US') },
            ],
          },
        ],
      },
      surveyReportSection(survey, rows, fmt.date),
      {
        title: 'Accounts',
        blocks: [
          {
            kind: 'table',
            columns: [
              { header: 'Account', width: 2.1 }, { header: 'Owner', width: 1.3 }, { header: 'Stage', width: 1.3 }, { header: 'Contacted', width: 1.5 },
              { header: 'In time', width: 0.7 }, { header: 'Impact', width: 0.8 }, { header: 'Credit', align: 'right', width: 0.9 }, { header: 'Outcome', width: 0.9 },
              { header: 'Follow-up survey', width: 1.1 },
            ],
            rows: rows.map(({ target: t, account, ownerName, survey }) => [
              account?.name ?? 'Unknown account', ownerName || '—', stageLabel(t.stage), t.contactedAt ? fmt.dateTime(t.contactedAt) : '—',
              t.contactedAt ? (reachedWithinDeadline(t, program) ? 'yes' : 'no') : '—', t.impact ?? '—', creditText(t), t.outcome ?? '—', surveyCellText(survey),
            ]),
            highlightRows: rows.flatMap((row, i) => (late(row) ? [i] : [])),
            emptyText: 'No accounts in this program.',
          },
          { kind: 'paragraph', tone: 'muted', text: 'Highlighted: accounts reached after the deadline, or not reached once it passed.' },
        ],
      },
    ],
  };
}
