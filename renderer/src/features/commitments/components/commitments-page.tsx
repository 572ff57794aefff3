import { useState } from 'react';
import { bucketCommitments, isOverdue, keptRateByOwner } from '../../../../../shared/domain/commitment-rules';
import type { Commitment } from '../../../../../shared/domain/commitment';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { localToday } from '../../../lib/format';
import { useMe } from '../../../lib/me';
import { useNow, userZone } from '../../../lib/now';
import { useCommitments } from '../api/use-commitments';
import { CommitmentRow } from './commitment-row';
import { QuickAdd } from './quick-add';

const bucketTitles = { overdue: 'Overdue', today: 'Today', thisWeek: 'This week', later: 'Later', waitingOnCustomer: 'Waiting on the customer' } as const;

/** "What do I owe, to whom, by when": my commitments by urgency, and the team's kept-rate. */
export function CommitmentsPage() {
  const me = useMe((s) => s.memberId);
  const view = useCommitments(me);
  const now = useNow();
  const [scope, setScope] = useState<'mine' | 'team'>('mine');
  const today = localToday(new Date(now));
  if (!view) return <PageHeader title="Commitments" />;
  const buckets = bucketCommitments(view.commitments, now, userZone, scope === 'mine' ? me ?? '' : '*', { myAccountIds: view.myAccountIds });
  // Everyone: bucket every open commitment as if it were mine, then show the originals.
  const originals = new Map(view.commitments.map((c) => [c.id, c]));
  const allOpen = scope === 'team' ? bucketCommitments(view.commitments.map((c) => ({ ...c, ownerId: '*' })), now, userZone, '*') : buckets;
  const shown = scope === 'mine' ? buckets : allOpen;
  const rates = keptRateByOwner(view.commitments, now, userZone);
  const total = Object.values(shown).reduce((n, list) => n + list.length, 0);
  const row = (shownCommitment: Commitment) => {
    const c = originals.get(shownCommitment.id) ?? shownCommitment;
    return (
    <CommitmentRow key={c.id} commitment={c} accountName={c.accountId ? view.accountNames.get(c.accountId) ?? '—' : '—'}
      ownerName={c.ownerId ? view.memberNames.get(c.ownerId) ?? '—' : 'Unassigned'} today={today} overdue={isOverdue(c, now, userZone)} />
    );
  };
  return (
    <>
      <PageHeader
        title="Commitments"
        subtitle={`${shown.overdue.length} overdue · ${shown.today.length} due today`}
        actions={(
          <div className="segmented" role="group" aria-label="Whose commitments">
            <button type="button" aria-pressed={scope === 'mine'} onClick={() => setScope('mine')}>Mine</button>
            <button type="button" aria-pressed={scope === 'team'} onClick={() => setScope('team')}>Everyone</button>
          </div>
        )}
      />
      <div className="page-body">
        <QuickAdd />
        {scope === 'mine' && !me ? <p className="card">Choose who you are in Settings so Rapport knows which commitments are yours.</p> : null}
        {total === 0 ? <EmptyState title="Nothing owed">Every promise made in a call, a review or an escalation belongs here. Type one above — &quot;Send the SSO roadmap fri&quot;.</EmptyState> : null}
        {(Object.keys(bucketTitles) as (keyof typeof bucketTitles)[]).map((key) => shown[key].length === 0 ? null : (
          <section key={key} className="card" aria-labelledby={`bucket-${key}`}>
            <h2 id={`bucket-${key}`}>{bucketTitles[key]} <span className="muted">{shown[key].length}</span></h2>
            <table className="table commitments" aria-labelledby={`bucket-${key}`}>
              <thead><tr><th scope="col">Commitment</th><th scope="col">Account</th><th scope="col">Owed by</th><th scope="col">Due</th><th scope="col">Actions</th></tr></thead>
              <tbody>{shown[key].map(row)}</tbody>
            </table>
          </section>
        ))}
        {scope === 'team' ? (
          <section className="card" aria-labelledby="kept-rate-title">
            <h2 id="kept-rate-title">Kept on time, by person</h2>
            <ul className="list">
              {[...rates.entries()].map(([owner, r]) => (
                <li key={owner}><span>{view.memberNames.get(owner) ?? 'Unassigned'}</span><span className="end">{r.rate === null ? '—' : `${Math.round(r.rate * 100)}%`} <span className="muted">({r.kept} of {r.due})</span></span></li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </>
  );
}
