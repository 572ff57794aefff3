import type { Escalation, EscalationEvent } from '../../../../../shared/domain/escalation';
import type { PrintDocument } from '../../../../../shared/document/print-document';

/** How the escalation document shows dates and names (the screen's own formatters and labels). */
export type EscalationDocumentLabels = {
  date: (iso: string | null) => string;
  dateTime: (iso: string | null) => string;
  status: Record<string, string>;
  department: Record<string, string>;
  eventKind: Record<string, string>;
};

/** One escalation as a printable document: its facts, what happened, the resolution and the whole timeline. */
export function escalationDocument(e: Escalation, events: EscalationEvent[], accountName: string, nowIso: string, labels: EscalationDocumentLabels): PrintDocument {
  const done = e.status === 'resolved' || e.status === 'closed';
  return {
    title: `Escalation: ${e.title}`,
    subtitle: `${accountName} · ${e.severity} · ${labels.status[e.status] ?? e.status}`,
    runningHeader: accountName,
    generatedAt: nowIso,
    sections: [
      {
        title: 'Summary',
        blocks: [
          {
            kind: 'facts',
            items: [
              { label: 'Account', value: accountName },
              { label: 'Severity', value: e.severity },
              { label: 'Status', value: labels.status[e.status] ?? e.status },
              { label: 'Opened', value: labels.dateTime(e.openedAt) },
              { label: 'Target resolution', value: labels.date(e.targetResolutionDate) },
              { label: 'Departments', value: e.departments.map((d) => labels.department[d] ?? d).join(', ') || '—' },
            ],
          },
          ...(e.description ? [{ kind: 'paragraph' as const, text: e.description }] : []),
        ],
      },
      ...(done ? [{
        title: 'Resolution',
        blocks: [
          { kind: 'facts' as const, items: [{ label: 'Resolved', value: labels.dateTime(e.resolvedAt) }] },
          { kind: 'paragraph' as const, text: e.resolution || 'No resolution written.' },
          { kind: 'paragraph' as const, text: `Root cause: ${e.rootCause || 'not recorded'}`, tone: 'muted' as const },
        ],
      }] : []),
      {
        title: 'Timeline',
        blocks: [{
          kind: 'table',
          columns: [{ header: 'When', width: 1.3 }, { header: 'Entry', width: 1.2 }, { header: 'Details', width: 4 }],
          rows: events.map((ev) => [
            labels.dateTime(ev.at),
            [labels.eventKind[ev.kind] ?? ev.kind, ev.department ? labels.department[ev.department] ?? ev.department : ''].filter(Boolean).join(' · '),
            ev.body,
          ]),
          highlightRows: events.flatMap((ev, i) => (ev.kind === 'customer_update' ? [i] : [])),
          emptyText: 'No timeline entries yet.',
        }],
      },
    ],
  };
}
