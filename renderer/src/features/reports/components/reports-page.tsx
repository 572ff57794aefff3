import { useState } from 'react';
import { segments, type Segment } from '../../../../../shared/domain/account';
import { periodContaining, periodsEndingWith } from '../../../../../shared/domain/metrics/period';
import { PageHeader } from '../../../components/ui/page-header';
import { useTeamMembers } from '../../../db/use-team-members';
import { localToday } from '../../../lib/format';
import { useNow } from '../../../lib/now';
import { healthDatesFor } from '../../../../../shared/domain/metrics/health-over-time';
import { useHealthSettings } from '../../../lib/health-settings';
import { useHealthOverTime } from '../api/use-health-over-time';
import { useHealthScores, useReportData } from '../api/use-report-data';
import { reportTrendPeriods, useReport, type ReportChoice } from '../api/use-report';
import { HealthDrops } from './health-drops';
import { ReportCharts } from './report-charts';
import { ReportExports } from './report-exports';
import { FigureTable } from './figure-table';

const segmentNames: Record<Segment, string> = { smb: 'SMB', mid_market: 'Mid-market', enterprise: 'Enterprise' };

/** Reports: the portfolio's retention, satisfaction, closed-loop and operations figures per month or quarter, with charts, outliers and the monthly review. */
export function ReportsPage() {
  const data = useReportData();
  const scores = useHealthScores();
  const members = useTeamMembers();
  const now = useNow(60_000);
  const today = localToday(new Date(now));
  const [choice, setChoice] = useState<ReportChoice>({ kind: 'month', start: periodContaining('month', today).start, segment: null, ownerId: null });
  const history = useHealthOverTime(healthDatesFor(reportTrendPeriods(choice), today));
  const thresholds = useHealthSettings((s) => s.settings.thresholds);
  const report = useReport(data, scores, choice, now, history, thresholds);
  const healthPending = history.error ?? (history.progress ? `Computing past health: ${history.progress.done} of ${history.progress.total} accounts…` : 'Computing past health…');
  const options = periodsEndingWith(periodContaining(choice.kind, today), choice.kind === 'month' ? 12 : 8).reverse();
  const setKind = (kind: ReportChoice['kind']) => setChoice({ ...choice, kind, start: periodContaining(kind, today).start });
  const groups = report ? [...new Set(report.lines.map((l) => l.group))] : [];
  const scopeLabel = [choice.segment ? segmentNames[choice.segment] : null, choice.ownerId ? members.find((m) => m.id === choice.ownerId)?.name : null].filter(Boolean).join(' · ') || 'All accounts';
  return (
    <>
      <PageHeader title="Reports" subtitle="Figures from the records on this device, per month or quarter, compared with the period before."
        actions={report && data ? <ReportExports report={report} scopeLabel={scopeLabel} /> : null} />
      <div className="page-body">
        <div className="toolbar wrap report-controls" role="group" aria-label="Report period and filters">
          <div className="segmented" role="group" aria-label="Period length">
            <button type="button" aria-pressed={choice.kind === 'month'} onClick={() => setKind('month')}>Month</button>
            <button type="button" aria-pressed={choice.kind === 'quarter'} onClick={() => setKind('quarter')}>Quarter</button>
          </div>
          <label className="field">Period<select className="input" value={choice.start} onChange={(e) => setChoice({ ...choice, start: e.target.value })}>
            {options.map((p) => <option key={p.start} value={p.start}>{p.label}</option>)}
          </select></label>
          <label className="field">Segment<select className="input" value={choice.segment ?? ''} onChange={(e) => setChoice({ ...choice, segment: (e.target.value || null) as Segment | null })}>
            <option value="">All segments</option>{segments.map((s) => <option key={s} value={s}>{segmentNames[s]}</option>)}
          </select></label>
          <label className="field">Owner<select className="input" value={choice.ownerId ?? ''} onChange={(e) => setChoice({ ...choice, ownerId: e.target.value || null })}>
            <option value="">Everyone</option>{members.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
          </select></label>
        </div>
        {!report ? <p className="muted">Loading…</p> : (
          <>
            {report.current.retention.historyNote ? <p className="card history-note" role="note"><strong>Contract history: </strong>{report.current.retention.historyNote}</p> : null}
            <div className="figure-grid">
              {groups.map((g) => <FigureTable key={g} group={g} lines={report.lines.filter((l) => l.group === g)} periodLabel={report.period.label} previousLabel={report.previous.label} />)}
            </div>
            <ReportCharts report={report} healthPending={healthPending} />
            <section className="card" aria-labelledby="outliers-title">
              <h2 id="outliers-title">Needs attention <span className="muted">{report.outliers.length}</span></h2>
              {report.outliers.length === 0 ? <p className="muted">Nothing stands out: no repeat detractor, overdue customer update, late follow-up or failing health.</p> : (
                <ul className="list" aria-label="Accounts that need attention">{report.outliers.map((o, i) => <li key={`${o.kind}-${o.accountId}-${i}`}><span className={`badge ${o.kind === 'low_health' ? 'warn' : 'danger'}`}>{o.kind.replace(/_/g, ' ')}</span>{o.text}</li>)}</ul>
              )}
              <HealthDrops drops={report.drops} periodLabel={report.period.label} pending={healthPending} />
            </section>
          </>
        )}
      </div>
    </>
  );
}
