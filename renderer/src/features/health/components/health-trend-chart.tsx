import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { HealthPoint } from '../../../../../shared/domain/health/history';
import type { BandThresholds } from '../../../../../shared/domain/health/weights';
import { showDate } from '../../../lib/format';

/** Props of HealthTrendChart. */
export type HealthTrendChartProps = { history: HealthPoint[]; thresholds: BandThresholds };

/** The score week by week as an SVG line (prints, and follows the theme through CSS variables), with the band thresholds. */
export function HealthTrendChart({ history, thresholds }: HealthTrendChartProps) {
  const first = history.find((p) => p.score !== null);
  const last = history.at(-1);
  return (
    <figure className="health-trend" aria-label="Health score trend">
      <ResponsiveContainer width="100%" height={180} initialDimension={{ width: 520, height: 180 }}>
        <LineChart data={history} margin={{ top: 8, right: 12, bottom: 0, left: -20 }}>
          <CartesianGrid vertical={false} />
          <XAxis dataKey="date" tickFormatter={(d: string) => showDate(d).replace(/,? \d{4}$/, '')} minTickGap={40} />
          <YAxis domain={[0, 100]} ticks={[0, thresholds.watch, thresholds.healthy, 100]} />
          <ReferenceLine y={thresholds.healthy} className="threshold healthy" />
          <ReferenceLine y={thresholds.watch} className="threshold watch" />
          <Tooltip formatter={(v) => [String(v), 'Health']} labelFormatter={(d) => showDate(String(d))} />
          <Line type="monotone" dataKey="score" dot={false} strokeWidth={2} connectNulls isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
      <figcaption className="muted">
        {first && last ? `Health over the last 26 weeks: ${first.score ?? '—'} on ${showDate(first.date)}, ${last.score ?? '—'} today.` : 'Not enough history for a trend.'}
      </figcaption>
    </figure>
  );
}
