// The health part of the monthly (or quarterly) review: the distribution per period as a chart and a
// table, and the accounts whose health fell most, with the score then and now and today's top driver.
import type { HealthDrop } from '../domain/metrics/health-over-time';
import { healthOverTimeDefinitions } from '../domain/metrics/health-over-time';
import type { DocBlock } from './print-document';

/** The band counts at the end of one period of the trend. */
export type HealthTrendPoint = { label: string; healthy: number; watch: number; at_risk: number; unknown: number };

const bands = [['healthy', 'Healthy', '#2e9e6b'], ['watch', 'Watch', '#d08a1d'], ['at_risk', 'At risk', '#c4453c'], ['unknown', 'No score', '#98a2b3']] as const;

/** The distribution per period (chart and table), or today's distribution while the history is not computed yet. */
export function healthDistributionBlocks(trend: readonly HealthTrendPoint[] | null, today: readonly { label: string; count: number }[]): DocBlock[] {
  if (!trend) {
    return [{ kind: 'chart', chart: { type: 'bar', title: 'Health today', series: [{ label: 'Accounts', points: today.map((h) => ({ x: h.label, y: h.count })) }], emptyText: 'No health scores yet.' } }];
  }
  return [
    {
      kind: 'chart',
      chart: { type: 'bar', title: 'Health distribution', series: bands.map(([key, label, color]) => ({ label, color, points: trend.map((p) => ({ x: p.label, y: p[key] })) })), yMin: 0, emptyText: 'No accounts to score in these periods.' },
    },
    {
      kind: 'table', columns: [{ header: 'Period', width: 1.4 }, ...bands.map(([, label]) => ({ header: label, align: 'right' as const }))],
      rows: trend.map((p) => [p.label, ...bands.map(([key]) => String(p[key]))]), emptyText: 'No periods.',
    },
    { kind: 'paragraph', text: healthOverTimeDefinitions.distribution, tone: 'muted' },
  ];
}

/** "Biggest health drops": account, score then and now, the fall, today's top driver. */
export function healthDropBlocks(drops: readonly HealthDrop[] | null, periodLabel: string): DocBlock[] {
  if (!drops) return [{ kind: 'paragraph', text: 'Health history was still being computed when this review was made.', tone: 'muted' }];
  return [
    {
      kind: 'table',
      columns: [{ header: 'Account', width: 2 }, { header: 'Then', align: 'right', width: 0.7 }, { header: 'Now', align: 'right', width: 0.7 }, { header: 'Change', align: 'right', width: 0.8 }, { header: 'Top driver today', width: 3.5 }],
      rows: drops.map((d) => [d.name, String(d.before), String(d.after), `−${d.drop}`, d.driver ?? '—']),
      emptyText: `No account's health fell by 5 points or more in ${periodLabel}.`,
    },
    { kind: 'paragraph', text: healthOverTimeDefinitions.drops, tone: 'muted' },
  ];
}
