import { describe, expect, it } from 'vitest';
import type { ComparedLine } from '../domain/metrics/figure-lines';
import { documentToMarkdown } from './markdown';
import { monthlyReviewDocument, reviewHighlights } from './monthly-review';

const line = (key: string, label: string, value: number | null, previous: number | null, format: ComparedLine['format'], shown: string, previousShown: string, changeShown: string): ComparedLine =>
  ({ key, group: key.startsWith('n') ? 'Satisfaction' : 'Retention', label, value, previous, format, shown, previousShown, changeShown, definition: `${label} means something specific.` });
const lines = [
  line('nps', 'NPS', 30, 10, 'nps', '+30', '+10', '+20 pts'),
  line('nrr:USD', 'Net revenue retention (USD)', 1.02, 1.0, 'percent', '102.0%', '100.0%', '+2.0 pts'),
  line('logoChurn', 'Logo churn', 0.1, null, 'percent', '10.0%', '—', '—'),
];

describe('the monthly review', () => {
  it('highlights moves of 5 points or more, biggest first', () => {
    expect(reviewHighlights(lines)).toEqual(['NPS up 20 points to +30 (from +10).']);
  });
  it('holds the month figures, their change, the history note and the accounts needing attention', () => {
    const doc = monthlyReviewDocument({
      periodLabel: 'November 2026', previousLabel: 'October 2026', scopeLabel: 'All accounts', generatedAt: '2026-12-01T09:00:00.000Z', lines,
      trend: [{ label: 'Oct 26', nps: 10, closedLoopRate: null, nrr: { USD: 1 }, grr: { USD: 1 } }, { label: 'Nov 26', nps: 30, closedLoopRate: 1, nrr: { USD: 1.02 }, grr: { USD: 0.98 } }],
      health: [{ label: 'Healthy', count: 3 }], outliers: [{ kind: 'low_health', accountId: 'a', text: 'Acme: health 20' }], historyNote: 'Contract history starts on 2026-11-10.',
    });
    expect(doc.title).toBe('Monthly review — November 2026');
    const md = documentToMarkdown(doc);
    expect(md).toContain('+30 (+20 pts)');
    expect(md).toContain('| Net revenue retention (USD) | 102.0% | 100.0% | +2.0 pts |');
    expect(md).toContain('Contract history starts on 2026-11-10.');
    expect(md).toContain('Acme: health 20');
    expect(md).toContain('NPS means something specific.');
  });

  it('titles a quarter as a quarterly review and shows the health distribution per period and the biggest drops', () => {
    const doc = monthlyReviewDocument({
      kind: 'quarter', periodLabel: 'Q3 2026', previousLabel: 'Q2 2026', scopeLabel: 'All accounts', generatedAt: '2026-10-01T09:00:00.000Z', lines, trend: [], health: [],
      outliers: [], historyNote: null,
      healthTrend: [{ label: 'Q2 26', healthy: 4, watch: 2, at_risk: 1, unknown: 0 }, { label: 'Q3 26', healthy: 3, watch: 2, at_risk: 2, unknown: 1 }],
      drops: [{ accountId: 'a', name: 'Acme', before: 80, after: 42, drop: 38, driver: 'Usage down 38% against the 90-day baseline' }],
    });
    expect(doc.title).toBe('Quarterly review — Q3 2026');
    expect(doc.runningHeader).toBe('Quarterly review Q3 2026');
    const md = documentToMarkdown(doc);
    expect(md).toContain('| Q3 26 | 3 | 2 | 2 | 1 |');
    expect(md).toContain('Biggest health drops');
    expect(md).toContain('| Acme | 80 | 42 | −38 | Usage down 38% against the 90-day baseline |');
    expect(md).toContain('Nothing stands out this quarter.');
    expect(md).not.toContain('Monthly review');
  });

  it('says when the health history was not computed yet and when nothing fell', () => {
    const base = { periodLabel: 'November 2026', previousLabel: 'October 2026', scopeLabel: 'All accounts', generatedAt: '2026-12-01T09:00:00.000Z', lines, trend: [], health: [{ label: 'Healthy', count: 3 }], outliers: [], historyNote: null };
    const pending = documentToMarkdown(monthlyReviewDocument({ ...base, healthTrend: null, drops: null }));
    expect(pending).toContain('Health history was still being computed');
    expect(pending).toContain('Health today');
    expect(documentToMarkdown(monthlyReviewDocument({ ...base, healthTrend: [], drops: [] }))).toContain("No account's health fell by 5 points or more in November 2026.");
  });
});
