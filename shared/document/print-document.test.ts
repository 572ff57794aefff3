import { describe, expect, it } from 'vitest';
import { chartGeometry, niceStep } from './chart-geometry';
import { documentToMarkdown } from './markdown';
import { documentFileName, type PrintDocument } from './print-document';
import { toWinAnsi } from './win-ansi';

const doc: PrintDocument = {
  title: 'Quarterly business review',
  subtitle: 'Acme | Corp',
  runningHeader: 'Acme Corp',
  generatedAt: '2026-11-28T10:15:00.000Z',
  sections: [
    { title: 'Snapshot', blocks: [{ kind: 'facts', items: [{ label: 'ARR', value: '$120,000' }] }] },
    {
      title: 'Escalations',
      blocks: [
        { kind: 'table', columns: [{ header: 'Title' }, { header: 'Days open', align: 'right' }], rows: [['SSO | login fails', '4']] },
        { kind: 'table', columns: [{ header: 'Title' }], rows: [], emptyText: 'No open escalations.' },
        { kind: 'paragraph', text: 'Renewal in 30 days', tone: 'warning' },
      ],
    },
    { title: 'Health', blocks: [{ kind: 'chart', chart: { type: 'line', title: 'Health', series: [{ label: 'Score', points: [{ x: 'Oct', y: 70 }, { x: 'Nov', y: null }] }] } }] },
  ],
};

describe('documentToMarkdown', () => {
  const md = documentToMarkdown(doc);
  it('writes the title, sections and facts', () => {
    expect(md).toMatch(/^# Quarterly business review\n/);
    expect(md).toContain('## Escalations');
    expect(md).toContain('- **ARR:** $120,000');
  });
  it('escapes pipes inside table cells and right-aligns numeric columns', () => {
    expect(md).toContain('| SSO \\| login fails | 4 |');
    expect(md).toContain('| --- | ---: |');
  });
  it('says so when a table is empty, and shows a chart as its values with a dash for gaps', () => {
    expect(md).toContain('*No open escalations.*');
    expect(md).toContain('| Oct | 70 |');
    expect(md).toContain('| Nov | – |');
  });
});

describe('documentFileName', () => {
  it('joins parts and removes characters file systems refuse', () => {
    expect(documentFileName(['Review pack', 'Acme/Corp: EMEA', '2026-11-28'], 'pdf')).toBe('Review pack - Acme-Corp- EMEA - 2026-11-28.pdf');
    expect(documentFileName(['  '], 'md')).toBe('document.md');
  });
});

describe('chartGeometry', () => {
  it('has nothing to draw when no series has a value', () => {
    expect(chartGeometry({ type: 'line', title: 'x', series: [{ label: 'a', points: [{ x: 'Jan', y: null }] }] }, 300, 120)).toBeNull();
  });
  it('rounds the axis to nice ticks that cover the data', () => {
    const g = chartGeometry({ type: 'line', title: 'x', series: [{ label: 'a', points: [{ x: 'Jan', y: 3 }, { x: 'Feb', y: 87 }] }] }, 300, 120);
    expect(g?.yTicks.map((t) => t.label)).toEqual(['0', '25', '50', '75', '100']);
  });
  it('breaks a line where a value is missing', () => {
    const g = chartGeometry({ type: 'line', title: 'x', series: [{ label: 'a', points: [{ x: '1', y: 1 }, { x: '2', y: 2 }, { x: '3', y: null }, { x: '4', y: 4 }] }] }, 300, 120);
    expect(g?.lines[0]?.segments.map((s) => s.length)).toEqual([2, 1]);
  });
  it('draws taller bars for larger values, standing on zero', () => {
    const g = chartGeometry({ type: 'bar', title: 'x', series: [{ label: 'a', points: [{ x: 'A', y: 10 }, { x: 'B', y: 40 }] }] }, 300, 120);
    const [a, b] = g?.bars ?? [];
    expect(b!.height).toBeCloseTo(a!.height * 4, 5);
    expect(a!.y + a!.height).toBeCloseTo(b!.y + b!.height, 5);
  });
  it('thins x labels so they never overlap and keeps the last one inside the box', () => {
    const points = Array.from({ length: 24 }, (_, i) => ({ x: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String(i + 1).padStart(2, '0')}`, y: i }));
    const g = chartGeometry({ type: 'line', title: 'x', series: [{ label: 'a', points }] }, 300, 120)!;
    expect(g.xLabels.length).toBeGreaterThan(1);
    expect(g.xLabels.length).toBeLessThan(24);
    const spans = g.xLabels.map((l) => {
      const w = l.label.length * 3.7;
      const left = l.anchor === 'end' ? l.x - w : l.anchor === 'start' ? l.x : l.x - w / 2;
      return [left, left + w] as const;
    });
    spans.forEach(([left, right], i) => {
      expect(left).toBeGreaterThanOrEqual(0);
      expect(right).toBeLessThanOrEqual(300);
      if (i > 0) expect(left).toBeGreaterThan(spans[i - 1]![1]);
    });
  });
  it('picks steps of 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceStep(100, 4)).toBe(25);
    expect(niceStep(7, 4)).toBe(2);
    expect(niceStep(0, 4)).toBe(1);
  });
});

describe('toWinAnsi', () => {
  it('keeps accents and the euro sign, replaces arrows and drops unknown glyphs to "?"', () => {
    
    expect(toWinAnsi('Société Générale — 1.250 €')).toBe('Société Générale — 1.250 €');
    expect(toWinAnsi('health ≥ 70 → good')).toBe('health >= 70 -> good');
    expect(toWinAnsi('東京')).toBe('??');
  });
});
