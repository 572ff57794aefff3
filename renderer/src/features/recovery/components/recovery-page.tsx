import { useState } from 'react';
import { programProgress } from '../../../../../shared/domain/recovery/recovery-rules';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { showDateTime } from '../../../lib/format';
import { useNavigation } from '../../../lib/navigation';
import { useNow } from '../../../lib/now';
import { useRecoveryPrograms } from '../api/use-recovery';
import type { ViewChoice } from './account-chooser';
import { ProgramFormDialog } from './program-form-dialog';
import { ProgramProgress } from './program-progress';

/** Props of RecoveryPage. */
export type RecoveryPageProps = { savedViews: ViewChoice[] };

const statusLabels = { active: 'Active', completed: 'Completed', cancelled: 'Cancelled' } as const;

/** Service-recovery programs: each incident that hit many accounts, with its outreach progress against the deadline. */
export function RecoveryPage({ savedViews }: RecoveryPageProps) {
  const view = useRecoveryPrograms();
  const now = useNow();
  const go = useNavigation((s) => s.go);
  const [creating, setCreating] = useState(false);
  const start = <button type="button" className="button primary" onClick={() => setCreating(true)}>Start a program</button>;
  const active = view?.programs.filter((p) => p.status === 'active').length ?? 0;
  return (
    <>
      <PageHeader title="Recovery" subtitle={view ? `${active} active program${active === 1 ? '' : 's'}` : undefined} actions={start} />
      <div className="page-body">
        {view && view.programs.length === 0 ? (
          <EmptyState title="No recovery programs" action={start}>When one failure hits many customers, start a program: choose the affected accounts, and Rapport tracks outreach to every one of them against a deadline, the impact, what was agreed and how each account came out of it.</EmptyState>
        ) : null}
        {view && view.programs.length > 0 ? (
          <table className="table" aria-label="Recovery programs">
            <thead><tr><th scope="col">Program</th><th scope="col">Incident started</th><th scope="col">Contact all by</th><th scope="col" className="wide-col">Outreach</th><th scope="col">Status</th></tr></thead>
            <tbody>
              {view.programs.map((p) => (
                <tr key={p.id} tabIndex={0} onClick={() => go({ section: 'recovery', recordId: p.id })} onKeyDown={(k) => { if (k.key === 'Enter') go({ section: 'recovery', recordId: p.id }); }}>
                  <td><a href={`#/recovery/${encodeURIComponent(p.id)}`}>{p.title}</a></td>
                  <td>{showDateTime(p.startedAt)}</td>
                  <td>{showDateTime(p.outreachDeadline)}</td>
                  <td><ProgramProgress title={p.title} progress={programProgress(p, view.targets, now)} compact /></td>
                  <td>{statusLabels[p.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
      {creating ? <ProgramFormDialog savedViews={savedViews} onClose={() => setCreating(false)} onSaved={(id) => go({ section: 'recovery', recordId: id })} /> : null}
    </>
  );
}
