/**
 * A printable document as plain data: review packs, monthly reviews and program reports are built
 * as pure functions from records to a PrintDocument, and one renderer turns any PrintDocument into a
 * PDF file (renderer/src/lib/pdf) or Markdown (./markdown.ts). Keeping the content pure keeps it
 * testable without a browser and identical across formats.
 */

/** A table column: its header, alignment and relative width (default 1). */
export type DocColumn = { header: string; align?: 'left' | 'right'; width?: number };

/** One line (or set of bars) of a chart: y is null where there is no data; `color` (hex) when the colour carries meaning, e.g. health bands. */
export type DocChartSeries = { label: string; points: { x: string; y: number | null }[]; color?: string };

/** A small chart: a line chart over time or grouped bars. */
export type DocChart = {
  type: 'line' | 'bar';
  title: string;
  /** Shown after values on the axis, e.g. "%" or " pts". */
  unit?: string;
  series: DocChartSeries[];
  /** Fixed axis bounds (e.g. 0–100 for a score); computed from the data when absent. */
  yMin?: number;
  yMax?: number;
  /** What to say when no series has a value. */
  emptyText?: string;
};

/** How a paragraph reads: normal text, a quiet note, or something the reader must not miss. */
export type DocTone = 'normal' | 'muted' | 'warning';

/** One piece of content in a section. */
export type DocBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; tone?: DocTone }
  | { kind: 'facts'; items: { label: string; value: string }[] }
  | { kind: 'table'; columns: DocColumn[]; rows: string[][]; emptyText?: string; highlightRows?: number[] }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'chart'; chart: DocChart }
  | { kind: 'pageBreak' };

/** A titled part of a document. */
export type DocSection = { title: string; blocks: DocBlock[] };

/** A whole printable document. */
export type PrintDocument = {
  title: string;
  subtitle?: string;
  /** Printed at the top of every page (e.g. the account name), so a loose page still says what it is. */
  runningHeader: string;
  /** When the content was assembled, as an ISO date-time. */
  generatedAt: string;
  sections: DocSection[];
};

/** A file name for a document: the parts joined with dashes, without characters file systems refuse. */
export function documentFileName(parts: string[], extension: 'pdf' | 'md'): string {
  const base = parts
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .join(' - ')
    .replace(/[/\\:*?"<>|]/g, '-')
    .split('')
    .map((ch) => (ch.charCodeAt(0) < 32 ? ' ' : ch))
    .join('')
    .replace(/\s+/g, ' ')
    .slice(0, 150)
    .trim();
  return `${base || 'document'}.${extension}`;
}

/** The number of data points with a value across a chart's series (0 means "nothing to draw"). */
export function chartValueCount(chart: DocChart): number {
  return chart.series.reduce((n, s) => n + s.points.filter((p) => p.y !== null && Number.isFinite(p.y)).length, 0);
}
