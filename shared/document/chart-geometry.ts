import { chartValueCount, type DocChart } from './print-document';

/** A point in the chart's drawing space (y grows downwards, as in SVG and PDF). */
export type ChartPoint = { x: number; y: number };

/** Everything needed to draw a chart with lines, rectangles and labels, in any renderer. */
export type ChartGeometry = {
  plot: { left: number; top: number; width: number; height: number };
  yTicks: { y: number; label: string }[];
  /** x labels, thinned so they never overlap; `anchor` keeps the outermost ones inside the box. */
  xLabels: { x: number; label: string; anchor: 'start' | 'middle' | 'end' }[];
  /** Line charts: one polyline per series, broken where a value is missing. */
  lines: { series: number; segments: ChartPoint[][] }[];
  /** Bar charts: one rectangle per value. */
  bars: { series: number; x: number; y: number; width: number; height: number }[];
};

/** A "nice" step (1, 2, 2.5 or 5 times a power of ten) giving about `count` ticks over a range. */
export function niceStep(range: number, count: number): number {
  if (!(range > 0)) return 1;
  const raw = range / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

function formatTick(value: number, unit: string): string {
  const rounded = Math.round(value * 100) / 100;
  return `${rounded.toLocaleString('en-US')}${unit}`;
}

/**
 * Lays a chart out in a box of `width` × `height`: the y axis from the data (or the chart's fixed
 * bounds) rounded to nice ticks, x labels thinned so they do not overlap, and the marks. Returns
 * null when the chart has no value to draw (the caller prints the chart's empty text instead).
 */
export function chartGeometry(chart: DocChart, width: number, height: number): ChartGeometry | null {
  if (chartValueCount(chart) === 0) return null;
  const xs: string[] = [];
  for (const s of chart.series) for (const p of s.points) if (!xs.includes(p.x)) xs.push(p.x);
  const values = chart.series.flatMap((s) => s.points.map((p) => p.y)).filter((y): y is number => y !== null && Number.isFinite(y));
  let min = chart.yMin ?? Math.min(0, ...values);
  let max = chart.yMax ?? Math.max(...values);
  if (max === min) max = min + 1;
  const step = niceStep(max - min, 4);
  if (chart.yMin === undefined) min = Math.floor(min / step) * step;
  if (chart.yMax === undefined) max = Math.ceil(max / step) * step;
  const unit = chart.unit ?? '';
  const plot = { left: 40, top: 8, width: Math.max(10, width - 48), height: Math.max(10, height - 30) };
  const yOf = (v: number) => plot.top + plot.height - ((v - min) / (max - min)) * plot.height;
  const yTicks: ChartGeometry['yTicks'] = [];
  for (let v = min; v <= max + step / 1000; v += step) yTicks.push({ y: yOf(v), label: formatTick(v, unit) });
  const slot = plot.width / xs.length;
  const xOf = (i: number) => plot.left + slot * i + slot / 2;
  // Labels print at about 3.7 points a character; keep a gap of 8 between neighbours.
  const labelWidth = Math.max(...xs.map((x) => x.length)) * 3.7 + 8;
  const every = Math.max(1, Math.ceil(labelWidth / slot));
  const xLabels = xs.flatMap((label, i) => {
    if (i % every !== 0) return [];
    const x = xOf(i);
    const half = (label.length * 3.7) / 2;
    const anchor: 'start' | 'middle' | 'end' = x + half > width ? 'end' : x - half < 0 ? 'start' : 'middle';
    return [{ x: anchor === 'end' ? Math.min(x, width) : x, label, anchor }];
  });
  const lines: ChartGeometry['lines'] = [];
  const bars: ChartGeometry['bars'] = [];
  chart.series.forEach((s, si) => {
    if (chart.type === 'line') {
      const segments: ChartPoint[][] = [];
      let current: ChartPoint[] = [];
      xs.forEach((x, i) => {
        const y = s.points.find((p) => p.x === x)?.y;
        if (y === null || y === undefined || !Number.isFinite(y)) {
          if (current.length > 0) segments.push(current);
          current = [];
        } else current.push({ x: xOf(i), y: yOf(y) });
      });
      if (current.length > 0) segments.push(current);
      lines.push({ series: si, segments });
    } else {
      const groupWidth = slot * 0.7;
      const barWidth = groupWidth / chart.series.length;
      xs.forEach((x, i) => {
        const y = s.points.find((p) => p.x === x)?.y;
        if (y === null || y === undefined || !Number.isFinite(y)) return;
        const top = yOf(Math.max(y, min));
        const base = yOf(Math.max(min, Math.min(0, max)));
        bars.push({ series: si, x: xOf(i) - groupWidth / 2 + barWidth * si, y: Math.min(top, base), width: barWidth, height: Math.abs(base - top) });
      });
    }
  });
  return { plot, yTicks, xLabels, lines, bars };
}
