// One list of figures (label, value, how to show it, its definition) that the Reports screen, the
// monthly review and the CSV export all read, so the three never disagree.
import { toCsv } from '../../import/csv-rows';
import { formatMoney } from '../money';
import { closedLoopDefinitions } from './closed-loop';
import type { PeriodFigures } from './figures';
import { operationsDefinitions } from './operations';
import { retentionDefinitions } from './retention';
import { satisfactionDefinitions } from './satisfaction';

/** How a figure reads. */
export type FigureFormat = 'percent' | 'nps' | 'hours' | 'count' | 'money' | 'decimal';

/** One figure of a period. */
export type FigureLine = { key: string; group: string; label: string; value: number | null; format: FigureFormat; currency?: string; definition: string };

/** The figures of a period as lines, in reading order; money lines per currency. */
export function figureLines(f: PeriodFigures): FigureLine[] {
  const lines: FigureLine[] = [];
  const add = (group: string, key: string, label: string, value: number | null, format: FigureFormat, definition: string, currency?: string) =>
    lines.push({ key: currency ? `${key}:${currency}` : key, group, label, value, format, definition, ...(currency ? { currency } : {}) });
  for (const c of f.retention.byCurrency) {
    add('Retention', 'grr', `Gross revenue retention (${c.currency})`, c.grr, 'percent', retentionDefinitions.grr, c.currency);
    add('Retention', 'nrr', `Net revenue retention (${c.currency})`, c.nrr, 'percent', retentionDefinitions.nrr, c.currency);
    add('Retention', 'startingArr', `ARR at the start (${c.currency})`, c.startingArr, 'money', retentionDefinitions.grr, c.currency);
    add('Retention', 'expansion', `Expansion ARR (${c.currency})`, c.expansion, 'money', retentionDefinitions.expansion, c.currency);
    add('Retention', 'contraction', `Contraction ARR (${c.currency})`, c.contraction, 'money', retentionDefinitions.expansion, c.currency);
    add('Retention', 'churnedArr', `Churned ARR (${c.currency})`, c.churnedArr, 'money', retentionDefinitions.grr, c.currency);
  }
  for (const w of f.expansionWon) add('Retention', 'expansionWon', `Expansion won through leads (${w.currency})`, w.arrMinor, 'money', retentionDefinitions.expansionWon, w.currency);
  add('Retention', 'logoChurn', 'Logo churn', f.retention.logoChurn.rate, 'percent', retentionDefinitions.logoChurn);
  add('Retention', 'renewalRate', 'Renewal rate', f.renewals.rate, 'percent', retentionDefinitions.renewalRate);
  add('Retention', 'renewalsDue', 'Renewals due', f.renewals.due, 'count', retentionDefinitions.renewalRate);
  add('Satisfaction', 'nps', 'NPS', f.nps.score, 'nps', satisfactionDefinitions.nps);
  add('Satisfaction', 'npsResponses', 'NPS answers', f.nps.responses, 'count', satisfactionDefinitions.nps);
  add('Satisfaction', 'csat', 'CSAT (share 4–5)', f.csat.share, 'percent', satisfactionDefinitions.csat);
  add('Satisfaction', 'ces', 'Customer effort (1–7)', f.ces.average, 'decimal', satisfactionDefinitions.ces);
  add('Closed loop', 'closedLoopRate', 'Closed-loop rate', f.closedLoop.rate, 'percent', closedLoopDefinitions.closedLoopRate);
  add('Closed loop', 'followUpsOpened', 'Follow-ups opened', f.closedLoop.opened, 'count', closedLoopDefinitions.closedLoopRate);
  add('Closed loop', 'rescueRate', 'Rescued (of closed)', f.closedLoop.rescueRate, 'percent', closedLoopDefinitions.rescueRate);
  add('Closed loop', 'timeToFirstContact', 'Time to first contact (median)', f.closedLoop.medianHoursToContact, 'hours', closedLoopDefinitions.timeToFirstContact);
  add('Closed loop', 'firstContactOnTime', 'First contact within target', f.closedLoop.onTimeRate, 'percent', closedLoopDefinitions.timeToFirstContact);
  add('Operations', 'escalationsOpened', 'Escalations opened', f.escalations.opened, 'count', operationsDefinitions.resolution);
  add('Operations', 'escalationsResolved', 'Escalations resolved', f.escalations.resolved, 'count', operationsDefinitions.resolution);
  add('Operations', 'resolutionP50', 'Time to resolution P50', f.escalations.p50Hours, 'hours', operationsDefinitions.resolution);
  add('Operations', 'resolutionP90', 'Time to resolution P90', f.escalations.p90Hours, 'hours', operationsDefinitions.resolution);
  add('Operations', 'updatesOnTime', 'Customer updates on time', f.escalations.updatesOnTime.rate, 'percent', operationsDefinitions.updatesOnTime);
  add('Operations', 'keptOnTime', 'Commitments kept on time', f.commitments.rate, 'percent', operationsDefinitions.keptOnTime);
  return lines;
}

/** A figure's value as shown ("—" when there is nothing to measure). */
export function formatFigure(value: number | null, format: FigureFormat, currency?: string): string {
  if (value === null || !Number.isFinite(value)) return '—';
  switch (format) {
    case 'percent': return `${(value * 100).toFixed(1)}%`;
    case 'nps': return value > 0 ? `+${Math.round(value)}` : String(Math.round(value));
    case 'hours': return `${value.toFixed(1)} h`;
    case 'money': return formatMoney(value, currency ?? 'USD', 'en-US');
    case 'decimal': return value.toFixed(1);
    default: return String(value);
  }
}

/** A change from the previous period as shown: points for percentages and NPS, "—" when unknown. */
export function formatChange(current: number | null, previous: number | null, format: FigureFormat, currency?: string): string {
  if (current === null || previous === null) return '—';
  const d = current - previous;
  const sign = d > 0 ? '+' : d < 0 ? '−' : '±';
  const abs = Math.abs(d);
  if (format === 'percent') return `${sign}${(abs * 100).toFixed(1)} pts`;
  if (format === 'nps') return `${sign}${Math.round(abs)} pts`;
  return `${sign}${formatFigure(abs, format, currency)}`;
}

/** A figure line with the previous period's value and the change. */
export type ComparedLine = FigureLine & { previous: number | null; shown: string; previousShown: string; changeShown: string };

/** This period's lines beside the previous period's (by key; a line only in one period reads "—" in the other). */
export function compareLines(current: FigureLine[], previous: FigureLine[]): ComparedLine[] {
  const before = new Map(previous.map((l) => [l.key, l.value]));
  return current.map((l) => {
    const prev = before.get(l.key) ?? null;
    return { ...l, previous: prev, shown: formatFigure(l.value, l.format, l.currency), previousShown: formatFigure(prev, l.format, l.currency), changeShown: formatChange(l.value, prev, l.format, l.currency) };
  });
}

/** The figures as CSV (one row per figure: group, figure, currency, raw values, shown values, change, definition). */
export function figuresCsv(lines: ComparedLine[], periodLabel: string, previousLabel: string): string {
  const header = ['Group', 'Figure', 'Currency', `${periodLabel} (value)`, `${previousLabel} (value)`, periodLabel, previousLabel, 'Change', 'Definition'];
  const rows = lines.map((l) => [l.group, l.label, l.currency ?? '', l.value === null ? '' : String(l.value), l.previous === null ? '' : String(l.previous), l.shown, l.previousShown, l.changeShown, l.definition]);
  return toCsv(header, rows);
}
