import type { DocSection } from '../../document/print-document';
import { answerLabel, surveyOverdueDays, type KindAverage, type SurveySummary } from './follow-up-survey';
import type { ReportRow } from './recovery-report';

/** An average score as a report shows it: "8.5 (2 answers)", or "—" without answers. */
export function averageText(a: KindAverage): string {
  return a.average === null ? '—' : `${a.average.toFixed(1)} (${a.count} answer${a.count === 1 ? '' : 's'})`;
}

/**
 * The program report's follow-up survey section: requested, answered and awaiting, the average NPS,
 * CSAT and CES of the answers, the surveys overdue, and what the accounts said.
 */
export function surveyReportSection(summary: SurveySummary, rows: readonly ReportRow[], showDate: (iso: string) => string): DocSection {
  const names = new Map(rows.map((r) => [r.target.id, r.account?.name ?? 'Unknown account']));
  const said = rows.flatMap((r) => (r.survey.answer ? [{ name: r.account?.name ?? 'Unknown account', answer: r.survey.answer }] : []));
  const { promoters, passives, detractors } = summary.nps;
  return {
    title: 'Follow-up survey',
    blocks: [
      {
        kind: 'facts',
        items: [
          { label: 'Survey requested', value: String(summary.requested) },
          { label: 'Answered', value: String(summary.answered) },
          { label: 'Awaiting an answer', value: String(summary.awaiting) },
          { label: `Overdue (over ${surveyOverdueDays} days)`, value: String(summary.overdue.length) },
          { label: 'Average NPS answer', value: averageText(summary.averages.nps) },
          { label: 'NPS answers', value: `${promoters} promoter${promoters === 1 ? '' : 's'}, ${passives} passive, ${detractors} detractor${detractors === 1 ? '' : 's'}` },
          { label: 'Average CSAT answer', value: averageText(summary.averages.csat) },
          { label: 'Average CES answer', value: averageText(summary.averages.ces) },
        ],
      },
      ...(summary.overdue.length > 0 ? [
        { kind: 'heading' as const, text: 'Overdue: no answer after 14 days' },
        { kind: 'bullets' as const, items: summary.overdue.map((o) => `${names.get(o.target.id) ?? 'Unknown account'}: requested ${showDate(o.requestedAt)}, ${o.daysWaiting} days ago`) },
      ] : []),
      ...(said.length > 0 ? [
        { kind: 'heading' as const, text: 'What they said' },
        { kind: 'bullets' as const, items: said.map(({ name, answer }) => `${name} (${answerLabel(answer)})${answer.comment.trim() ? `: "${answer.comment.trim()}"` : ''}`) },
      ] : []),
      { kind: 'paragraph', tone: 'muted', text: 'An account\'s answer is its first survey answer on or after the request (without a request, after the first contact).' },
    ],
  };
}
