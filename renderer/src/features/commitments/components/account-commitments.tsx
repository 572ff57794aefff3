import { isOpenCommitment, keptRate } from '../../../../../shared/domain/commitment-rules';
import { localToday } from '../../../lib/format';
import { useMe } from '../../../lib/me';
import { useNow, userZone } from '../../../lib/now';
import { useCommitments } from '../api/use-commitments';
import { CommitmentRow } from './commitment-row';
import { QuickAdd } from './quick-add';
import { rowProps } from './row-props';

/** Props of AccountCommitments. */
export type AccountCommitmentsProps = { accountId: string };

/** An account's promises both ways ("we owe" / "they owe") with our kept-on-time rate. */
export function AccountCommitments({ accountId }: AccountCommitmentsProps) {
  const me = useMe((s) => s.memberId);
  const view = useCommitments(me, accountId);
  const now = useNow();
  if (!view) return null;
  const today = localToday(new Date(now));
  const open = view.commitments.filter(isOpenCommitment).sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const rate = keptRate(view.commitments, now, userZone);
  const table = (owedBy: 'us' | 'customer', title: string) => {
    const list = open.filter((c) => c.owedBy === owedBy);
    return (
      <div>
        <h3>{title} <span className="muted">{list.length}</span></h3>
        {list.length === 0 ? <p className="muted">Nothing open.</p> : (
          <table className="table commitments" aria-label={title}>
            <thead><tr><th scope="col">Commitment</th><th scope="col">Account</th><th scope="col">To</th><th scope="col">Owed by</th><th scope="col">Due</th><th scope="col">Actions</th></tr></thead>
            <tbody>{list.map((c) => <CommitmentRow key={c.id} {...rowProps(view, c, now, today)} />)}</tbody>
          </table>
        )}
      </div>
    );
  };
  return (
    <section className="card" aria-labelledby="account-commitments-title">
      <div className="toolbar">
        <h2 id="account-commitments-title">Commitments</h2>
        <span className="end muted">Kept on time: {rate.rate === null ? '—' : `${Math.round(rate.rate * 100)}%`} ({rate.kept} of {rate.due})</span>
      </div>
      <QuickAdd accountId={accountId} />
      <div className="two-col">{table('us', 'We owe')}{table('customer', 'They owe')}</div>
    </section>
  );
}
