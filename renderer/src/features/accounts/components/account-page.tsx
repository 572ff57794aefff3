import { describeDaysFrom } from '../../../../../shared/domain/calendar';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { localToday, showDateTime, showMoney } from '../../../lib/format';
import { useNavigation } from '../../../lib/navigation';
import { useAccount } from '../api/use-account';
import { roleLabels, segmentLabels, tierLabels } from './labels';

/** Props of AccountPage. */
export type AccountPageProps = { accountId: string };

/** One account: key facts, stakeholders and the unified timeline. */
export function AccountPage({ accountId }: AccountPageProps) {
  const view = useAccount(accountId);
  const go = useNavigation((s) => s.go);
  const back = <button type="button" className="button" onClick={() => go({ section: 'accounts' })}>All accounts</button>;
  if (view === undefined) return <PageHeader title="Account" />;
  if (view === null) {
    return (<><PageHeader title="Account not found" actions={back} /><EmptyState title="This account does not exist">It may have been deleted on another device.</EmptyState></>);
  }
  const { account, contacts, timeline } = view;
  const today = localToday();
  return (
    <>
      <PageHeader
        title={account.name}
        subtitle={`${segmentLabels[account.segment]} · ${tierLabels[account.tier]} · ${account.industry} · ${account.lifecycleStage.replace('_', ' ')}`}
        actions={back}
      />
      <div className="page-body">
        <section className="grid-cards" aria-label="Key facts">
          <div className="card stat"><div className="value">{showMoney(account.arrMinor, account.currency)}</div><div className="label">Annual recurring revenue</div></div>
          <div className="card stat">
            <div className="value">{account.renewalDate ? describeDaysFrom(today, account.renewalDate) : '—'}</div>
            <div className="label">Renewal {account.renewalDate ?? 'not set'}</div>
          </div>
          <div className="card stat"><div className="value">{contacts.length}</div><div className="label">Stakeholders</div></div>
        </section>
        <div className="two-col">
          <section className="card" aria-labelledby="stakeholders-title">
            <h2 id="stakeholders-title">Stakeholders</h2>
            <table className="table" aria-labelledby="stakeholders-title">
              <thead><tr><th scope="col">Name</th><th scope="col">Title</th><th scope="col">Role</th><th scope="col">Sentiment</th></tr></thead>
              <tbody>
                {contacts.map((c) => (
                  <tr key={c.id}><td>{c.name}</td><td>{c.title}</td><td>{roleLabels[c.role]}</td><td><span className={c.sentiment === 'negative' ? 'badge danger' : c.sentiment === 'positive' ? 'badge ok' : 'badge'}>{c.sentiment}</span></td></tr>
                ))}
              </tbody>
            </table>
          </section>
          <section className="card" aria-labelledby="timeline-title">
            <h2 id="timeline-title">Timeline</h2>
            {timeline.length === 0 ? <p className="muted">Nothing has happened on this account yet.</p> : (
              <ul className="list" aria-label="Timeline">
                {timeline.slice(0, 200).map((item) => (
                  <li key={`${item.kind}-${item.id}`}>
                    <span className="badge">{item.kind}</span>
                    <span>{item.title}</span>
                    <span className="muted" style={{ marginLeft: 'auto' }}>{showDateTime(item.at)}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </div>
    </>
  );
}
