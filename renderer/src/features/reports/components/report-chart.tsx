import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/** One line or set of bars: its label and the key of its values in the rows. */
export type ChartSeries = { key: string; label: string; color?: string };

/** Props of ReportChart. */
export type ReportChartProps = {
  title: string; kind: 'line' | 'bar'; rows: Record<string, string | number | null>[]; xKey: string; series: ChartSeries[];
  unit?: string; domain?: [number, number]; caption: string;
  /** Bars stacked into one per row (e.g. accounts per band); always with a legend. */
  stacked?: boolean;
  /** Shown instead of the empty text while the data is still being computed. */
  pending?: string | null;
};

const colors = ['var(--accent)', 'var(--ok)', 'var(--warn)', 'var(--danger)', 'var(--muted)'];

/** A small chart in the health chart's look (SVG, follows the theme through CSS variables), with a caption saying what it shows. */
export function ReportChart({ title, kind, rows, xKey, series, unit, domain, caption, stacked = false, pending = null }: ReportChartProps) {
  const hasData = rows.some((r) => series.some((s) => typeof r[s.key] === 'number'));
  const axis = <><CartesianGrid vertical={false} /><XAxis dataKey={xKey} minTickGap={12} /><YAxis domain={domain ?? ['auto', 'auto']} unit={unit} width={48} /></>;
  const tooltip = <Tooltip formatter={(v, name) => [v === null || v === undefined ? '—' : `${String(v)}${unit ?? ''}`, String(name)]} />;
  return (
    <figure className="card report-chart" aria-label={title}>
      <h3>{title}</h3>
      {hasData ? (
        <ResponsiveContainer width="100%" height={190} initialDimension={{ width: 480, height: 190 }}>
          {kind === 'line' ? (
            <LineChart data={rows} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
              {axis}{tooltip}{series.length > 1 ? <Legend /> : null}
              {series.map((s, i) => <Line key={s.key} className={`series-${i}`} type="monotone" dataKey={s.key} name={s.label} stroke={colors[i % colors.length]} dot={{ r: 2 }} strokeWidth={2} connectNulls isAnimationActive={false} />)}
            </LineChart>
          ) : (
            <BarChart data={rows} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
              {axis}{tooltip}{series.length > 1 || stacked ? <Legend itemSorter={null} /> : null}
              {series.map((s, i) => <Bar key={s.key} className={`series-${i}`} dataKey={s.key} name={s.label} fill={s.color ?? colors[i % colors.length]} isAnimationActive={false} {...(stacked ? { stackId: 'stack' } : {})} />)}
            </BarChart>
          )}
        </ResponsiveContainer>
      ) : <p className="muted empty-chart" role={pending ? 'status' : undefined}>{pending ?? 'No data for this chart in these periods.'}</p>}
      <figcaption className="muted">{caption}</figcaption>
    </figure>
  );
}
