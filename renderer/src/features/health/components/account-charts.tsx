import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { showDate } from '../../../lib/format';
import { useAccountSeries } from '../api/use-account-series';

const shortDate = (d: string) => showDate(d).replace(/,? \d{4}$/, '');
const metricName = (m: string) => m.replace(/_/g, ' ').replace(/^\w/, (c) => c.toUpperCase());

/** Usage week by week and NPS responses over time, as SVG charts in the health look (they print and follow the theme). */
export function AccountCharts({ accountId }: { accountId: string }) {
  const series = useAccountSeries(accountId);
  if (!series) return null;
  const reported = series.usage.filter((w) => w.value !== null);
  const latest = reported.at(-1);
  const lastNps = series.nps.at(-1);
  return (
    <section className="card" aria-labelledby="account-charts-title">
      <h2 id="account-charts-title">Usage and satisfaction</h2>
      <div className="health-grid">
        <figure className="health-trend" aria-label="Usage trend">
          {series.metric && reported.length > 0 ? (
            <ResponsiveContainer width="100%" height={170} initialDimension={{ width: 420, height: 170 }}>
              <LineChart data={series.usage} margin={{ top: 8, right: 12, bottom: 0, left: -12 }}>
                <CartesianGrid vertical={false} />
                <XAxis dataKey="week" tickFormatter={shortDate} minTickGap={40} />
                <YAxis allowDecimals={false} />
                <Tooltip formatter={(v) => [String(v), metricName(series.metric ?? '')]} labelFormatter={(d) => `Week of ${showDate(String(d))}`} />
                <Line type="monotone" dataKey="value" dot={false} strokeWidth={2} connectNulls isAnimationActive={false} />
              </LineChart>
            </ResponsiveContainer>
          ) : null}
          <figcaption className="muted">
            {series.metric && latest ? `${metricName(series.metric)} per week, last 26 weeks: ${latest.value ?? '—'} in the week of ${showDate(latest.week)}.` : 'No usage data for this account yet.'}
          </figcaption>
        </figure>
        <figure className="health-trend nps-chart" aria-label="NPS over time">
          {series.nps.length > 0 ? (
            <ResponsiveContainer width="100%" height={170} initialDimension={{ width: 320, height: 170 }}>
              <LineChart data={series.nps} margin={{ top: 8, right: 12, bottom: 0, left: -20 }}>
                <CartesianGrid vertical={false} />
                <XAxis dataKey="date" tickFormatter={shortDate} minTickGap={40} />
                <YAxis domain={[0, 10]} ticks={[0, 6, 8, 10]} />
                <ReferenceLine y={8.5} className="threshold healthy" />
                <ReferenceLine y={6.5} className="threshold watch" />
                <Tooltip formatter={(v) => [String(v), 'NPS score']} labelFormatter={(d) => showDate(String(d))} />
                <Line type="linear" dataKey="score" strokeWidth={1.5} dot={{ r: 3 }} isAnimationActive={false} />
              </LineChart>
            </ResponsiveContainer>
          ) : null}
          <figcaption className="muted">
            {lastNps ? `${series.nps.length} NPS ${series.nps.length === 1 ? 'response' : 'responses'}; the latest ${lastNps.score} on ${showDate(lastNps.date)}. Above the green line promoters, below the amber one detractors.` : 'No NPS responses yet.'}
          </figcaption>
        </figure>
      </div>
    </section>
  );
}
