// The monthly (or quarterly) review: one printable document per period with the figures (and the change
// from the period before), the trends, the highlights and the accounts that need attention.
import type { ComparedLine } from '../domain/metrics/figure-lines';
import type { Outlier } from '../domain/metrics/outliers';
import type { HealthDrop } from '../domain/metrics/health-over-time';
import { healthDistributionBlocks, healthDropBlocks, type HealthTrendPoint } from './health-review-blocks';
import type { DocBlock, DocChartSeries, PrintDocument } from './print-document';

export type { HealthTrendPoint } from './health-review-blocks';

/** The review's name for a period kind: "Monthly review" or "Quarterly review". */
export function reviewTitle(kind: 'month' | 'quarter'): string {
  return kind === 'quarter' ? 'Quarterly review' : 'Monthly review';
}

/** One point of a trend: a month and its figures. */
export type TrendPoint = { label: string; nps: number | null; closedLoopRate: number | null; nrr: Record<string, number | null>; grr: Record<string, number | null> };

/** What the review is built from (all plain data, computed by the metrics functions). */
export type MonthlyReviewInput = {
  /** Month (default) or quarter: the title and wording follow it. */
  kind?: 'month' | 'quarter';
  periodLabel: string; previousLabel: string; scopeLabel: string; generatedAt: string;
  lines: ComparedLine[]; trend: TrendPoint[]; health: { label: string; count: number }[];
  outliers: Outlier[]; historyNote: string | null;
  /** Health band counts at the end of each trend period and the biggest drops (null while not computed; absent = not shown). */
  healthTrend?: HealthTrendPoint[] | null; drops?: HealthDrop[] | null;
};

const headline = ['nps', 'csat', 'logoChurn', 'renewalRate', 'closedLoopRate', 'updatesOnTime', 'keptOnTime'];

/** The changes worth a sentence: percentages and NPS that moved 5 points or more from the period before. */
export function reviewHighlights(lines: readonly ComparedLine[]): string[] {
  return lines
    .filter((l) => (l.format === 'percent' || l.format === 'nps') && l.value !== null && l.previous !== null)
    .map((l) => ({ l, points: ((l.value ?? 0) - (l.previous ?? 0)) * (l.format === 'percent' ? 100 : 1) }))
    .filter(({ points }) => Math.abs(points) >= 5)
    .sort((a, b) => Math.abs(b.points) - Math.abs(a.points))
    .map(({ l, points }) => `${l.label} ${points > 0 ? 'up' : 'down'} ${Math.abs(Math.round(points))} points to ${l.shown} (from ${l.previousShown}).`);
}

const pct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);

/** The monthly review as a PrintDocument (exported as PDF by the renderer, or Markdown). */
export function monthlyReviewDocument(input: MonthlyReviewInput): PrintDocument {
  const { lines } = input;
  const keyFacts = lines.filter((l) => headline.includes(l.key) || l.key.startsWith('grr:') || l.key.startsWith('nrr:'))
    .map((l) => ({ label: l.label, value: l.changeShown === '—' ? l.shown : `${l.shown} (${l.changeShown})` }));
  const kind = input.kind ?? 'month';
  const title = reviewTitle(kind);
  const before = kind === 'quarter' ? 'the quarter before' : 'the month before';
  const highlights = reviewHighlights(lines);
  const currencies = [...new Set(input.trend.flatMap((p) => Object.keys(p.nrr)))].sort();
  const retentionSeries: DocChartSeries[] = currencies.flatMap((c) => [
    { label: `NRR ${c}`, points: input.trend.map((p) => ({ x: p.label, y: pct(p.nrr[c] ?? null) })) },
    { label: `GRR ${c}`, points: input.trend.map((p) => ({ x: p.label, y: pct(p.grr[c] ?? null) })) },
  ]);
  const groups = [...new Set(lines.map((l) => l.group))];
  const figureBlocks: DocBlock[] = groups.flatMap((g) => [
    { kind: 'heading', text: g } as DocBlock,
    {
      kind: 'table', columns: [{ header: 'Figure', width: 3 }, { header: input.periodLabel, align: 'right', width: 1.5 }, { header: input.previousLabel, align: 'right', width: 1.5 }, { header: 'Change', align: 'right', width: 1.2 }],
      rows: lines.filter((l) => l.group === g).map((l) => [l.label, l.shown, l.previousShown, l.changeShown]),
    } as DocBlock,
  ]);
  const definitions = [...new Map(lines.map((l) => [l.definition, l.definition])).values()];
  return {
    title: `${title} — ${input.periodLabel}`,
    subtitle: `${input.scopeLabel} · compared with ${input.previousLabel}`,
    runningHeader: `${title} ${input.periodLabel}`,
    generatedAt: input.generatedAt,
    sections: [
      {
        title: 'Summary',
        blocks: [
          { kind: 'facts', items: keyFacts },
          ...(input.historyNote ? [{ kind: 'paragraph', text: input.historyNote, tone: 'warning' } as DocBlock] : []),
          { kind: 'heading', text: 'Highlights' },
          highlights.length > 0 ? { kind: 'bullets', items: highlights } : { kind: 'paragraph', text: `No figure moved by 5 points or more from ${before}.`, tone: 'muted' },
        ],
      },
      {
        title: 'Trends',
        blocks: [
          { kind: 'chart', chart: { type: 'line', title: 'Revenue retention', unit: '%', series: retentionSeries, emptyText: 'No accounts to measure retention on yet.' } },
          { kind: 'chart', chart: { type: 'line', title: 'NPS', series: [{ label: 'NPS', points: input.trend.map((p) => ({ x: p.label, y: p.nps === null ? null : Math.round(p.nps) })) }], yMin: -100, yMax: 100, emptyText: 'No NPS answers in these months.' } },
          { kind: 'chart', chart: { type: 'bar', title: 'Closed-loop rate', unit: '%', series: [{ label: 'Closed', points: input.trend.map((p) => ({ x: p.label, y: pct(p.closedLoopRate) })) }], yMin: 0, yMax: 100, emptyText: 'No follow-ups in these months.' } },
          ...healthDistributionBlocks(input.healthTrend ?? null, input.health),
        ],
      },
      { title: 'Figures', blocks: figureBlocks },
      {
        title: 'Accounts that need attention',
        blocks: [
          { kind: 'table', columns: [{ header: 'What', width: 1 }], rows: input.outliers.map((o) => [o.text]), emptyText: `Nothing stands out this ${kind}.` },
          ...(input.drops === undefined ? [] : [{ kind: 'heading', text: 'Biggest health drops' } as DocBlock, ...healthDropBlocks(input.drops, input.periodLabel)]),
        ],
      },
      { title: 'Definitions', blocks: [{ kind: 'bullets', items: definitions }] },
    ],
  };
}
