import { useState } from 'react';
import { documentFileName } from '../../../../../shared/document/print-document';
import { monthlyReviewDocument, reviewTitle } from '../../../../../shared/document/monthly-review';
import { figuresCsv } from '../../../../../shared/domain/metrics/figure-lines';
import { healthDropLines } from '../../../../../shared/domain/metrics/health-over-time';
import { bridge } from '../../../lib/bridge';
import { exportPdf } from '../../../lib/pdf';
import { describeError } from '../../../lib/storage-error';
import type { Report } from '../api/use-report';

/** Props of ReportExports. */
export type ReportExportsProps = { report: Report; scopeLabel: string };

/** The monthly (or quarterly) review as a PDF file, and the figures underneath as CSV. */
export function ReportExports({ report, scopeLabel }: ReportExportsProps) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const run = async (work: () => Promise<{ saved: boolean }>) => {
    setBusy(true);
    setMessage(null);
    try {
      await work();
    } catch (e) {
      setMessage(`Could not export: ${describeError(e)}`);
    } finally {
      setBusy(false);
    }
  };
  const title = reviewTitle(report.period.kind);
  const pdf = () => run(() => exportPdf(monthlyReviewDocument({
    kind: report.period.kind, healthTrend: report.healthTrend, drops: report.drops, periodLabel: report.period.label, previousLabel: report.previous.label, scopeLabel, generatedAt: new Date().toISOString(),
    lines: report.lines, trend: report.trend, health: report.health, outliers: report.outliers, historyNote: report.current.retention.historyNote,
  }), { pageSize: 'A4', suggestedName: documentFileName([title, report.period.label, scopeLabel], 'pdf') }));
  const csv = () => run(() => bridge.saveFile({
    suggestedName: documentFileName(['Figures', report.period.label, scopeLabel], 'pdf').replace(/\.pdf$/, '.csv'),
    contents: figuresCsv([...report.lines, ...healthDropLines(report.drops ?? [])], report.period.label, report.previous.label), mimeType: 'text/csv',
  }));
  return (
    <div className="toolbar">
      <button type="button" className="button" disabled={busy} onClick={() => void csv()}>Figures as CSV</button>
      <button type="button" className="button primary" disabled={busy} onClick={() => void pdf()}>{`${title} PDF`}</button>
      {message ? <span className="error" role="alert">{message}</span> : null}
    </div>
  );
}
