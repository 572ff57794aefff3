import Papa from 'papaparse';
import { neutralizeCsvCell } from '../../../../../shared/export/csv-cell';
import type { Escalation, EscalationEvent } from '../../../../../shared/domain/escalation';

/** One escalation's whole timeline as CSV (a header block, then one row per entry); formula-like cells are neutralised. */
export function escalationTimelineCsv(e: Escalation, events: EscalationEvent[], accountName: string): string {
  const rows = [
    ['Escalation', e.title], ['Account', accountName], ['Severity', e.severity], ['Status', e.status], ['Opened', e.openedAt],
    ['Resolved', e.resolvedAt ?? ''], ['Root cause', e.rootCause], ['Resolution', e.resolution], [],
    ['When (UTC)', 'Kind', 'Department', 'Entry'],
    ...events.map((ev) => [ev.at, ev.kind.replace(/_/g, ' '), ev.department ?? '', ev.body]),
  ];
  return Papa.unparse(rows.map((row) => row.map(neutralizeCsvCell)), { newline: '\r\n' });
}
