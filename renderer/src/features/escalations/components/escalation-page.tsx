import { useState } from 'react';
import { escalationStatuses } from '../../../../../shared/domain/escalation';
import { formatCountdown, updateStatus } from '../../../../../shared/domain/escalation-rules';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { bridge } from '../../../lib/bridge';
import { showDate, showDateTime } from '../../../lib/format';
import { useMe } from '../../../lib/me';
import { useNavigation } from '../../../lib/navigation';
import { useNow } from '../../../lib/now';
import { useUpdateCadence } from '../../../lib/cadence-settings';
import { changeEscalationStatus } from '../api/escalation-writes';
import { escalationTimelineCsv } from '../api/escalation-csv';
import { escalationDocument } from '../api/escalation-document';
import { documentFileName } from '../../../../../shared/document/print-document';
import { exportPdf } from '../../../lib/pdf';
import { useToasts } from '../../../lib/toast';
import { useEscalation } from '../api/use-escalations';
import { AddTimelineEntry } from './add-timeline-entry';
import { EscalationOwner } from './escalation-owner';
import { eventKindLabels, departmentLabels, statusLabels } from './labels';
import { EscalationFormDialog } from './escalation-form-dialog';
import { ResolveDialog } from './resolve-dialog';

/** Props of EscalationPage. */
export type EscalationPageProps = { escalationId: string };

/** One escalation: its countdown to the next customer update, its timeline, and one-step entries. */
export function EscalationPage({ escalationId }: EscalationPageProps) {
  const view = useEscalation(escalationId);
  const now = useNow(15_000);
  const cadence = useUpdateCadence((s) => s.cadence);
  const me = useMe((s) => s.memberId);
  const go = useNavigation((s) => s.go);
  const [resolving, setResolving] = useState(false);
  const [editing, setEditing] = useState(false);
  const back = <button type="button" className="button" onClick={() => go({ section: 'escalations' })}>All escalations</button>;
  if (view === undefined) return <PageHeader title="Escalation" />;
  if (view === null) return (<><PageHeader title="Escalation not found" actions={back} /><EmptyState title="This escalation does not exist" action={back}>It may have been removed on another device.</EmptyState></>);
  const { escalation: e, events, accountName } = view;
  const update = updateStatus(e, events, now, cadence);
  const done = e.status === 'resolved' || e.status === 'closed';
  const exportCsv = () => void bridge.saveFile({ suggestedName: `escalation-${accountName}-${e.openedAt.slice(0, 10)}.csv`.replace(/[/\\:*?"<>|]/g, '-'), contents: escalationTimelineCsv(e, events, accountName), mimeType: 'text/csv' });
  const exportDocument = () => {
    const doc = escalationDocument(e, events, accountName, new Date().toISOString(), { date: showDate, dateTime: showDateTime, status: statusLabels, department: departmentLabels, eventKind: eventKindLabels });
    exportPdf(doc, { pageSize: 'A4', suggestedName: documentFileName(['Escalation', accountName, e.title, e.openedAt.slice(0, 10)], 'pdf') })
      .catch((err: unknown) => useToasts.getState().show({ tone: 'error', message: `The PDF could not be written: ${err instanceof Error ? err.message : String(err)}` }));
  };
  return (
    <>
      <PageHeader
        title={e.title}
        subtitle={<><span className={e.severity === 'S1' ? 'badge danger' : 'badge warn'}>{e.severity}</span> {accountName} · {e.departments.map((d) => departmentLabels[d]).join(', ')} · opened {showDateTime(e.openedAt)}{e.targetResolutionDate ? ` · target ${showDate(e.targetResolutionDate)}` : ''}</>}
        actions={(
          <>
            {back}
            <button type="button" className="button" onClick={exportCsv}>Export CSV</button>
            <button type="button" className="button" onClick={exportDocument}>Export PDF</button>
            <button type="button" className="button" onClick={() => go({ section: 'accounts', recordId: e.accountId })}>Open account</button>
            <button type="button" className="button" onClick={() => setEditing(true)}>Edit…</button>
            {done ? null : <button type="button" className="button primary" onClick={() => setResolving(true)}>Resolve…</button>}
          </>
        )}
      />
      <div className="page-body">
        <section className="grid-cards" aria-label="Escalation status">
          <div className="card stat">
            <div className={update?.overdue ? 'countdown overdue' : 'countdown'} role="status" aria-label="Next customer update">{update ? formatCountdown(update.msRemaining) : done ? 'Resolved' : 'Update on change'}</div>
            <div className="label">{update ? `Next customer update by ${showDateTime(new Date(update.dueAt).toISOString())}` : `No timed update cadence for ${e.severity} (Settings)`}</div>
          </div>
          <EscalationOwner escalationId={e.id} ownerId={e.ownerId} />
          <div className="card stat">
            <label className="label" htmlFor="escalation-status">Status</label>
            <select id="escalation-status" className="input" value={e.status} onChange={(ev) => void changeEscalationStatus(e.id, ev.target.value as typeof e.status, me)}>
              {escalationStatuses.map((s) => <option key={s} value={s}>{statusLabels[s]}</option>)}
            </select>
          </div>
          {done ? <div className="card"><h3>Resolution</h3><p>{e.resolution || '—'}</p><p className="muted">Root cause: {e.rootCause || '—'}</p></div> : null}
        </section>
        {e.description ? <section className="card"><h2>What happened</h2><p>{e.description}</p></section> : null}
        {done ? null : <AddTimelineEntry escalationId={e.id} />}
        <section className="card" aria-labelledby="escalation-timeline-title">
          <h2 id="escalation-timeline-title">Timeline</h2>
          <ol className="timeline" aria-label="Escalation timeline">
            {events.map((ev) => (
              <li key={ev.id} className={ev.kind}>
                <strong>{eventKindLabels[ev.kind]}</strong>{ev.department ? ` · ${departmentLabels[ev.department]}` : ''} <span className="muted">{showDateTime(ev.at)}</span>
                <div>{ev.body}</div>
              </li>
            ))}
          </ol>
        </section>
      </div>
      {editing ? <EscalationFormDialog escalation={e} onClose={() => setEditing(false)} /> : null}
      {resolving ? <ResolveDialog escalation={e} onClose={() => setResolving(false)} /> : null}
    </>
  );
}
