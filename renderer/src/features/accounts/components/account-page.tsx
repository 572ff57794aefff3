import { useState, type ReactNode } from 'react';
import type { TimelineKind } from '../../../../../shared/domain/account-timeline';
import { describeDaysFrom } from '../../../../../shared/domain/calendar';
import type { Contact } from '../../../../../shared/domain/contact';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { localToday, showDate, showDateTime, showOptionalMoney } from '../../../lib/format';
import { useNavigation } from '../../../lib/navigation';
import { deleteAccount, deleteContact, restoreAccount } from '../api/account-writes';
import { exportAccountCsv } from '../api/export-account';
import { useAccount } from '../api/use-account';
import { useTeamMembers } from '../../../db/use-team-members';
import { AccountFormDialog } from './account-form-dialog';
import { roleLabels, segmentLabels, stageLabels, tierLabels } from './labels';
import { LogTouchDialog } from './log-touch-dialog';
import { RenewalDialog } from './renewal-dialog';
import { StakeholderFormDialog } from './stakeholder-form-dialog';
import { StakeholderMap } from './stakeholder-map';

/** Props of AccountPage. */
export type AccountPageProps = {
  accountId: string; quickActions?: ReactNode; sections?: ReactNode;
  /** Offered in Log a touch: flag an expansion opportunity from it (another feature's dialog, composed in app/). */
  onFlagOpportunity?: (touch: { accountId: string; summary: string }) => void;
};

const timelineKinds: { kind: TimelineKind | 'all'; label: string }[] = [
  { kind: 'all', label: 'All' }, { kind: 'touch', label: 'Touches' }, { kind: 'ticket', label: 'Tickets' }, { kind: 'survey', label: 'Surveys' },
  { kind: 'escalation', label: 'Escalations' }, { kind: 'review', label: 'Reviews' }, { kind: 'commitment', label: 'Commitments' },
];

/** One account: key facts, quick actions, stakeholders (table and map) and the unified timeline. */
export function AccountPage({ accountId, quickActions, sections, onFlagOpportunity }: AccountPageProps) {
  const view = useAccount(accountId);
  const members = useTeamMembers();
  const go = useNavigation((s) => s.go);
  const [dialog, setDialog] = useState<'edit' | 'touch' | 'stakeholder' | 'renewal' | null>(null);
  const [editing, setEditing] = useState<Contact | undefined>(undefined);
  const [kind, setKind] = useState<TimelineKind | 'all'>('all');
  const back = <button type="button" className="button" onClick={() => go({ section: 'accounts' })}>All accounts</button>;
  if (view === undefined) return <PageHeader title="Account" />;
  if (view === null) {
    return (<><PageHeader title="Account not found" actions={back} /><EmptyState title="This account does not exist" action={back}>It may have been removed on another device.</EmptyState></>);
  }
  const { account, contacts, timeline } = view;
  const today = localToday();
  const owner = members.find((m) => m.id === account.ownerId)?.name ?? 'No owner';
  const shown = kind === 'all' ? timeline : timeline.filter((t) => t.kind === kind);
  return (
    <>
      <PageHeader
        title={account.name}
        subtitle={`${segmentLabels[account.segment]} · ${tierLabels[account.tier]} · ${account.industry || 'No industry'} · ${stageLabels[account.lifecycleStage]} · ${owner}`}
        actions={(
          <>
            {back}
            <button type="button" className="button primary" onClick={() => setDialog('touch')}>Log a touch</button>
            {quickActions}
            <button type="button" className="button" onClick={() => void exportAccountCsv(account.id)}>Export CSV</button>
            <button type="button" className="button" onClick={() => setDialog('renewal')}>Record renewal</button>
            <button type="button" className="button" onClick={() => setDialog('edit')}>Edit</button>
            <button type="button" className="button" onClick={() => { void deleteAccount(account.id, account.name); go({ section: 'accounts' }); }}>Delete</button>
          </>
        )}
      />
      <div className="page-body">
        {view.openConflicts > 0 ? (
          <p className="card" role="status">
            <span className="badge warn">{view.openConflicts} conflicting edit{view.openConflicts === 1 ? '' : 's'}</span> Someone changed this account or one of its records at the same time as you; both values are kept.{' '}
            <button type="button" className="link" onClick={() => go({ section: 'settings' })}>Review in Settings → Team server</button>
          </p>
        ) : null}
        {account.deleted ? (
          <p className="card" role="status">This account is deleted. <button type="button" className="button" onClick={() => void restoreAccount(account.id)}>Restore it</button></p>
        ) : null}
        <section className="grid-cards" aria-label="Key facts">
          <div className="card stat"><div className="value">{showOptionalMoney(account.arrMinor, account.currency)}</div><div className="label">Annual recurring revenue</div></div>
          <div className="card stat">
            <div className="value">{account.renewalDate ? describeDaysFrom(today, account.renewalDate) : '—'}</div>
            <div className="label">Renewal {account.renewalDate ? showDate(account.renewalDate) : 'not set'}</div>
          </div>
          <div className="card stat"><div className="value">{contacts.length}</div><div className="label">Stakeholders</div></div>
          <div className="card stat"><div className="value">{account.tags.length > 0 ? account.tags.join(', ') : '—'}</div><div className="label">Tags</div></div>
        </section>
        <section className="card" aria-labelledby="stakeholders-title">
          <div className="toolbar"><h2 id="stakeholders-title">Stakeholders</h2><span style={{ marginLeft: 'auto' }} />
            <button type="button" className="button" onClick={() => { setEditing(undefined); setDialog('stakeholder'); }}>Add stakeholder</button>
          </div>
          {contacts.length === 0 ? <p className="muted">No stakeholders yet. Add the champion and the decision maker first.</p> : (
            <>
              <StakeholderMap contacts={contacts} />
              <table className="table" aria-labelledby="stakeholders-title">
                <thead><tr><th scope="col">Name</th><th scope="col">Title</th><th scope="col">Role</th><th scope="col">Sentiment</th><th scope="col">Email</th><th scope="col">Last contacted</th><th scope="col"><span className="sr-only">Actions</span></th></tr></thead>
                <tbody>
                  {contacts.map((c) => (
                    <tr key={c.id}>
                      <td>{c.name}</td><td>{c.title}</td><td>{roleLabels[c.role]}</td>
                      <td><span className={c.sentiment === 'negative' ? 'badge danger' : c.sentiment === 'positive' ? 'badge ok' : 'badge'}>{c.sentiment}</span></td>
                      <td>{c.email}</td><td>{c.lastContactedAt ? describeDaysFrom(today, c.lastContactedAt.slice(0, 10)) : 'never'}</td>
                      <td>
                        <button type="button" className="link" aria-label={`Edit ${c.name}`} onClick={() => { setEditing(c); setDialog('stakeholder'); }}>Edit</button>{' '}
                        <button type="button" className="link" aria-label={`Remove ${c.name}`} onClick={() => void deleteContact(c.id, c.name)}>Remove</button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </section>
        {sections}
        <section className="card" aria-labelledby="timeline-title">
          <div className="toolbar">
            <h2 id="timeline-title">Timeline</h2>
            <div className="segmented" role="group" aria-label="Show on the timeline" style={{ marginLeft: 'auto' }}>
              {timelineKinds.map((k) => <button key={k.kind} type="button" aria-pressed={kind === k.kind} onClick={() => setKind(k.kind)}>{k.label}</button>)}
            </div>
          </div>
          {shown.length === 0 ? <p className="muted">Nothing of this kind on this account yet.</p> : (
            <ul className="list" aria-label="Timeline">
              {shown.slice(0, 300).map((item) => (
                <li key={`${item.kind}-${item.id}`}>
                  <span className={`badge kind-${item.kind}`}>{item.kind}</span>
                  <span>{item.title}</span>
                  <span className="muted">{item.detail}</span>
                  <span className="muted end">{showDateTime(item.at)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      {dialog === 'edit' ? <AccountFormDialog account={account} members={members} onClose={() => setDialog(null)} /> : null}
      {dialog === 'touch' ? <LogTouchDialog accountId={account.id} onClose={() => setDialog(null)} onFlagOpportunity={onFlagOpportunity} /> : null}
      {dialog === 'renewal' ? <RenewalDialog account={account} onClose={() => setDialog(null)} /> : null}
      {dialog === 'stakeholder' ? <StakeholderFormDialog accountId={account.id} contact={editing} onClose={() => setDialog(null)} /> : null}
    </>
  );
}
