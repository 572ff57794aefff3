import type { Report } from '../api/use-report';
import { ReportChart } from './report-chart';

/** Props of ReportCharts. */
export type ReportChartsProps = { report: Report; healthPending: string | null };

const healthSeries = [
  { key: 'healthy', label: 'Healthy', color: 'var(--ok)' }, { key: 'watch', label: 'Watch', color: 'var(--warn)' },
  { key: 'at_risk', label: 'At risk', color: 'var(--danger)' }, { key: 'unknown', label: 'No score', color: 'var(--muted)' },
];

const pct = (v: number | null | undefined) => (v === null || v === undefined ? null : Math.round(v * 1000) / 10);

/** Retention over time, NPS trend, closed-loop rate, health distribution, escalations opened/resolved, kept on time by person. */
export function ReportCharts({ report, healthPending }: ReportChartsProps) {
  const currencies = [...new Set(report.trend.flatMap((p) => Object.keys(p.nrr)))].sort();
  const retentionRows = report.trend.map((p) => ({ label: p.label, ...Object.fromEntries(currencies.flatMap((c) => [[`nrr-${c}`, pct(p.nrr[c])], [`grr-${c}`, pct(p.grr[c])]])) }));
  const retentionSeries = currencies.flatMap((c) => [{ key: `nrr-${c}`, label: `NRR ${c}` }, { key: `grr-${c}`, label: `GRR ${c}` }]);
  return (
    <div className="chart-grid">
      <ReportChart title="Revenue retention" kind="line" rows={retentionRows} xKey="label" series={retentionSeries} unit="%"
        caption={currencies.length > 1 ? 'Per currency, never added across currencies.' : 'Net and gross revenue retention per period.'} />
      <ReportChart title="NPS trend" kind="line" rows={report.trend.map((p) => ({ label: p.label, nps: p.nps === null ? null : Math.round(p.nps) }))} xKey="label"
        series={[{ key: 'nps', label: 'NPS' }]} domain={[-100, 100]} caption="Promoters minus detractors, per period." />
      <ReportChart title="Closed-loop rate" kind="bar" rows={report.trend.map((p) => ({ label: p.label, rate: pct(p.closedLoopRate) }))} xKey="label"
        series={[{ key: 'rate', label: 'Closed' }]} unit="%" domain={[0, 100]} caption="Share of the period's follow-ups that are closed." />
      <ReportChart title="Health distribution" kind="bar" stacked rows={report.healthTrend ?? []} xKey="label" series={healthSeries} pending={report.healthTrend ? null : healthPending}
        caption="Accounts per health band at the end of each period (today for this one), scored from the records as they stood then." />
      <ReportChart title="Escalations opened and resolved" kind="bar" rows={report.trend.map((p) => ({ label: p.label, opened: p.escalationsOpened, resolved: p.escalationsResolved }))} xKey="label"
        series={[{ key: 'opened', label: 'Opened' }, { key: 'resolved', label: 'Resolved' }]} caption="Per period." />
      <ReportChart title="Commitments kept on time, by person" kind="bar" rows={report.keptByOwner.map((k) => ({ label: k.name, rate: pct(k.rate) }))} xKey="label"
        series={[{ key: 'rate', label: 'Kept on time' }]} unit="%" domain={[0, 100]} caption={`${report.period.label}: finished commitments each person owed.`} />
    </div>
  );
}
