import { useMemo, useState } from 'react';
import { departments } from '../../../../../shared/domain/escalation';
import { formatCountdown, isActiveEscalation, openByDepartment, timeToResolution, updatesOnTimeRate, updateStatus } from '../../../../../shared/domain/escalation-rules';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { showDateTime } from '../../../lib/format';
import { useNavigation } from '../../../lib/navigation';
import { useUpdateCadence } from '../../../lib/cadence-settings';
import { useNow } from '../../../lib/now';
import { useEscalations } from '../api/use-escalations';
import { EscalationFormDialog } from './escalation-form-dialog';
import { departmentLabels, statusLabels } from './labels';

const hours = (h: number | null) => (h === null ? '—' : h < 48 ? `${h.toFixed(1)} h` : `${(h / 24).toFixed(1)} d`);

/** Escalations: open ones first with the next customer update countdown, and resolution metrics. */
export function EscalationsPage() {
  const view = useEscalations();
  const now = useNow();
  const cadence = useUpdateCadence((s) => s.cadence);
  const go = useNavigation((s) => s.go);
  const [showAll, setShowAll] = useState(false);
  const [creating, setCreating] = useState(false);
  const rows = useMemo(() => {
    if (!view) return [];
    const list = view.escalations.filter((e) => showAll || isActiveEscalation(e)).map((e) => ({ e, update: updateStatus(e, view.events, now, cadence) }));
    return list.sort((a, b) => (a.update?.dueAt ?? Infinity) - (b.update?.dueAt ?? Infinity) || a.e.severity.localeCompare(b.e.severity));
  }, [view, showAll, now, cadence]);
  if (!view) return <PageHeader title="Escalations" />;
  const ttr = timeToResolution(view.escalations);
  const onTime = updatesOnTimeRate(view.escalations, view.events, now, cadence);
  const byDept = openByDepartment(view.escalations);
  const overdue = rows.filter((r) => r.update?.overdue).length;
  return (
    <>
      <PageHeader
        title="Escalations"
        subtitle={`${view.escalations.filter(isActiveEscalation).length} open · ${overdue} customer update${overdue === 1 ? '' : 's'} overdue`}
        actions={<button type="button" className="button primary" onClick={() => setCreating(true)}>Open escalation</button>}
      />
      <div className="page-body">
        <section className="grid-cards" aria-label="Escalation metrics">
          <div className="card stat"><div className="value">{hours(ttr.p50Hours)}</div><div className="label">Time to resolution, median ({ttr.count} resolved)</div></div>
          <div className="card stat"><div className="value">{hours(ttr.p90Hours)}</div><div className="label">Time to resolution, P90 · mean {hours(ttr.meanHours)}</div></div>
          <div className="card stat"><div className="value">{onTime.rate === null ? '—' : `${Math.round(onTime.rate * 100)}%`}</div><div className="label">Customer updates on time ({onTime.onTime} of {onTime.due})</div></div>
          <div className="card stat">
            <div className="label">Open by department</div>
            <div className="dept-bars">{departments.map((d) => <span key={d} className="badge">{departmentLabels[d]} {byDept[d]}</span>)}</div>
          </div>
        </section>
        <div className="toolbar">
          <label className="check"><input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} />Show resolved and closed</label>
        </div>
        {rows.length === 0 ? (
          <EmptyState title={showAll ? 'No escalations yet' : 'No open escalations'} action={<button type="button" className="button primary" onClick={() => setCreating(true)}>Open escalation</button>}>When a customer issue needs an owner until it is solved, open an escalation: Rapport tracks who does what and when the customer hears from us next.</EmptyState>
        ) : (
          <table className="table" aria-label="Escalations">
            <thead><tr><th scope="col">Severity</th><th scope="col">Title</th><th scope="col">Account</th><th scope="col">Status</th><th scope="col">Owner</th><th scope="col">Next customer update</th><th scope="col">Opened</th></tr></thead>
            <tbody>
              {rows.map(({ e, update }) => (
                <tr key={e.id} tabIndex={0} onClick={() => go({ section: 'escalations', recordId: e.id })} onKeyDown={(k) => { if (k.key === 'Enter') go({ section: 'escalations', recordId: e.id }); }}>
                  <td><span className={e.severity === 'S1' ? 'badge danger' : e.severity === 'S2' ? 'badge warn' : 'badge'}>{e.severity}</span></td>
                  <td>{e.title}</td>
                  <td>{view.accountNames.get(e.accountId) ?? '—'}</td>
                  <td>{statusLabels[e.status]}</td>
                  <td>{e.ownerId ? view.memberNames.get(e.ownerId) ?? '—' : '—'}</td>
                  <td>{update ? <span className={update.overdue ? 'badge danger' : 'badge'}>{formatCountdown(update.msRemaining)}</span> : <span className="muted">{isActiveEscalation(e) ? 'on change' : '—'}</span>}</td>
                  <td>{showDateTime(e.openedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      {creating ? <EscalationFormDialog onClose={() => setCreating(false)} onSaved={(id) => go({ section: 'escalations', recordId: id })} /> : null}
    </>
  );
}
