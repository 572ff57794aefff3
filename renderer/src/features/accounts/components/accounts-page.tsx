import { useState } from 'react';
import { describeDaysFrom } from '../../../../../shared/domain/calendar';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { localToday, showMoney } from '../../../lib/format';
import { useNavigation } from '../../../lib/navigation';
import { useAccounts } from '../api/use-accounts';
import { segmentLabels, tierLabels } from './labels';

/** The portfolio list: every account, searchable by name. */
export function AccountsPage() {
  const [search, setSearch] = useState('');
  const accounts = useAccounts(search);
  const go = useNavigation((s) => s.go);
  const today = localToday();
  const open = (id: string) => go({ section: 'accounts', recordId: id });
  return (
    <>
      <PageHeader
        title="Accounts"
        subtitle={accounts ? `${accounts.length.toLocaleString()} accounts` : 'Loading…'}
        actions={<input className="input" type="search" aria-label="Search accounts" placeholder="Search accounts" value={search} onChange={(e) => setSearch(e.target.value)} />}
      />
      {accounts && accounts.length === 0 ? (
        <EmptyState title={search ? 'No account matches' : 'No accounts yet'}>
          {search ? 'Try another name.' : 'Load the sample portfolio from Settings, or wait for CSV import to bring your CRM export in.'}
        </EmptyState>
      ) : (
        <table className="table" aria-label="Accounts">
          <thead>
            <tr><th scope="col">Name</th><th scope="col">Segment</th><th scope="col">Tier</th><th scope="col" className="num">ARR</th><th scope="col">Renewal</th><th scope="col">Stage</th></tr>
          </thead>
          <tbody>
            {(accounts ?? []).map((a) => (
              <tr key={a.id} tabIndex={0} onClick={() => open(a.id)} onKeyDown={(e) => { if (e.key === 'Enter') open(a.id); }}>
                <td>{a.name}</td>
                <td>{segmentLabels[a.segment]}</td>
                <td>{tierLabels[a.tier]}</td>
                <td className="num">{showMoney(a.arrMinor, a.currency)}</td>
                <td>{a.renewalDate ? `${a.renewalDate} (${describeDaysFrom(today, a.renewalDate)})` : '—'}</td>
                <td>{a.lifecycleStage.replace('_', ' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
