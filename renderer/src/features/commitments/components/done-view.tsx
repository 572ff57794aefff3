import { doneInPeriod, doneOutcome, type DoneOutcome, type DonePeriod } from '../../../../../shared/domain/commitment-ledger';
import type { Commitment } from '../../../../../shared/domain/commitment';
import { EmptyState } from '../../../components/ui/empty-state';
import { useMe } from '../../../lib/me';
import { userZone } from '../../../lib/now';
import type { CommitmentsView } from '../api/use-commitments';
import { useCommitmentView } from '../stores/commitment-view';
import { PrivateMark } from './private-mark';

const periods: [DonePeriod, string][] = [['week', 'Last 7 days'], ['month', 'Last 30 days'], ['quarter', 'Last 90 days'], ['all', 'All time']];
const outcomeLabels: Record<DoneOutcome, string> = { keptOnTime: 'Kept on time', keptLate: 'Kept late', slipped: 'Slipped', cancelled: 'Cancelled' };
const outcomeClass: Record<DoneOutcome, string> = { keptOnTime: 'badge ok', keptLate: 'badge warn', slipped: 'badge danger', cancelled: 'badge' };

/** Props of DoneView. */
export type DoneViewProps = { view: CommitmentsView; list: Commitment[]; now: number; today: string };

/** Finished commitments of a period — kept on time, kept late, slipped, cancelled — the record for a one-to-one. */
export function DoneView({ view, list, now }: DoneViewProps) {
  const { period, ownerId, set } = useCommitmentView();
  const me = useMe((s) => s.memberId);
  const whose = ownerId ?? me;
  const done = doneInPeriod(list.filter((c) => whose === null || c.ownerId === whose || (c.ownerId === null && c.owedBy === 'customer')), period, now, userZone);
  const counts = new Map<DoneOutcome, number>();
  for (const c of done) { const o = doneOutcome(c, userZone); if (o) counts.set(o, (counts.get(o) ?? 0) + 1); }
  return (
    <section className="card" aria-labelledby="done-title">
      <div className="toolbar">
        <h2 id="done-title">Done</h2>
        <select className="input" aria-label="Period" value={period} onChange={(e) => set({ period: e.target.value as DonePeriod })}>
          {periods.map(([id, label]) => <option key={id} value={id}>{label}</option>)}
        </select>
        <span className="end muted">{(Object.keys(outcomeLabels) as DoneOutcome[]).map((o) => `${outcomeLabels[o]}: ${counts.get(o) ?? 0}`).join(' · ')}</span>
      </div>
      {done.length === 0 ? <EmptyState title="Nothing finished in this period">Commitments you mark kept, slipped or cancelled are listed here.</EmptyState> : (
        <table className="table" aria-label="Finished commitments">
          <thead><tr><th scope="col">Commitment</th><th scope="col">Account</th><th scope="col">Due</th><th scope="col">Finished</th><th scope="col">Outcome</th></tr></thead>
          <tbody>{done.map((c) => {
            const outcome = doneOutcome(c, userZone);
            return (
              <tr key={c.id}>
                <td>{c.title}{view.privateIds.has(c.id) ? <PrivateMark /> : null}</td>
                <td>{c.accountId ? view.accountNames.get(c.accountId) ?? '—' : '—'}</td>
                <td>{c.dueDate}{c.dueTime ? ` ${c.dueTime}` : ''}</td>
                <td>{c.completedAt ? new Date(c.completedAt).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' }) : '—'}</td>
                <td>{outcome ? <span className={outcomeClass[outcome]}>{outcomeLabels[outcome]}</span> : null}</td>
              </tr>
            );
          })}</tbody>
        </table>
      )}
    </section>
  );
}
