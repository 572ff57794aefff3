import { bucketCommitments, keptRateByOwner } from '../../../../../shared/domain/commitment-rules';
import type { Commitment } from '../../../../../shared/domain/commitment';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { localToday } from '../../../lib/format';
import { useMe } from '../../../lib/me';
import { useNow, userZone } from '../../../lib/now';
import { useCommitments } from '../api/use-commitments';
import { useCommitmentView, type CommitmentScope } from '../stores/commitment-view';
import { CommitmentFilters } from './commitment-filters';
import { CommitmentRow } from './commitment-row';
import { DoneView } from './done-view';
import { QuickAdd } from './quick-add';
import { rowProps } from './row-props';

const bucketTitles = { overdue: 'Overdue', today: 'Today', thisWeek: 'This week', later: 'Later', waitingOnCustomer: 'Waiting on the customer' } as const;
const scopes: [CommitmentScope, string][] = [['mine', 'Mine'], ['team', 'Everyone'], ['done', 'Done']];

/** "What do I owe, to whom, by when": my commitments by urgency, everyone's, and the finished ones. */
export function CommitmentsPage() {
  const me = useMe((s) => s.memberId);
  const view = useCommitments(me);
  const now = useNow();
  const { scope, ownerId, contactId, set } = useCommitmentView();
  const today = localToday(new Date(now));
  if (!view) return <PageHeader title="Commitments" />;
  const matches = (c: Commitment) => (contactId === null || (contactId === 'account' ? c.toContactId === null : c.toContactId === contactId))
    && (scope === 'mine' || ownerId === null || c.ownerId === ownerId);
  const filtered = view.commitments.filter(matches);
  const buckets = bucketCommitments(filtered, now, userZone, me ?? '', { myAccountIds: view.myAccountIds });
  // Everyone: bucket every open commitment as if it were mine, then show the originals.
  const originals = new Map(filtered.map((c) => [c.id, c]));
  const shown = scope === 'team' ? bucketCommitments(filtered.map((c) => ({ ...c, ownerId: '*' })), now, userZone, '*') : buckets;
  const total = Object.values(shown).reduce((n, list) => n + list.length, 0);
  const hasPrivate = filtered.some((c) => view.privateIds.has(c.id));
  return (
    <>
      <PageHeader
        title="Commitments"
        subtitle={`${shown.overdue.length} overdue · ${shown.today.length} due today`}
        actions={(
          <div className="segmented" role="group" aria-label="Whose commitments">
            {scopes.map(([id, label]) => <button key={id} type="button" aria-pressed={scope === id} onClick={() => set({ scope: id })}>{label}</button>)}
          </div>
        )}
      />
      <div className="page-body">
        {scope === 'done' ? null : <QuickAdd />}
        <CommitmentFilters view={view} showOwner={scope !== 'mine'} noOwnerLabel={scope === 'done' ? 'Mine' : 'Everyone on the team'} />
        {hasPrivate ? <p className="muted" role="note">Items marked Private are only yours: nobody else sees them, even on the team server.</p> : null}
        {scope === 'done' ? <DoneView view={view} list={filtered} now={now} today={today} /> : (
          <>
            {scope === 'mine' && !me ? <p className="card">Say who you are (Settings → You) so Rapport knows which commitments are yours.</p> : null}
            {total === 0 ? <EmptyState title="Nothing owed">Every promise made in a call, a review or an escalation belongs here. Type one above — &quot;Send the SSO roadmap fri 3pm&quot;.</EmptyState> : null}
            {(Object.keys(bucketTitles) as (keyof typeof bucketTitles)[]).map((key) => shown[key].length === 0 ? null : (
              <section key={key} className="card" aria-labelledby={`bucket-${key}`}>
                <h2 id={`bucket-${key}`}>{bucketTitles[key]} <span className="muted">{shown[key].length}</span></h2>
                <table className="table commitments" aria-labelledby={`bucket-${key}`}>
                  <thead><tr><th scope="col">Commitment</th><th scope="col">Account</th><th scope="col">To</th><th scope="col">Owed by</th><th scope="col">Due</th><th scope="col">Actions</th></tr></thead>
                  <tbody>{shown[key].map((s) => {
                    const c = originals.get(s.id) ?? s;
                    return <CommitmentRow key={c.id} {...rowProps(view, c, now, today)} />;
                  })}</tbody>
                </table>
              </section>
            ))}
            {scope === 'team' ? <KeptRates view={view} now={now} /> : null}
          </>
        )}
      </div>
    </>
  );
}

function KeptRates({ view, now }: { view: NonNullable<ReturnType<typeof useCommitments>>; now: number }) {
  const rates = keptRateByOwner(view.commitments, now, userZone);
  return (
    <section className="card" aria-labelledby="kept-rate-title">
      <h2 id="kept-rate-title">Kept on time, by person</h2>
      <ul className="list">
        {[...rates.entries()].map(([owner, r]) => (
          <li key={owner}><span>{view.memberNames.get(owner) ?? 'Unassigned'}</span><span className="end">{r.rate === null ? '—' : `${Math.round(r.rate * 100)}%`} <span className="muted">({r.kept} of {r.due})</span></span></li>
        ))}
      </ul>
    </section>
  );
}
