import { useDeferredValue, useMemo, useState } from 'react';
import { accountMatcher, searchTextOf, sortAccountRows } from '../../../../../shared/domain/account-list';
import { accountsToCsv } from '../../../../../shared/export/records-csv';
import { EmptyState } from '../../../components/ui/empty-state';
import { bridge } from '../../../lib/bridge';
import { PageHeader } from '../../../components/ui/page-header';
import { localToday } from '../../../lib/format';
import { useNavigation } from '../../../lib/navigation';
import { useAccountRows } from '../api/use-account-rows';
import { useTeamMembers } from '../../../db/use-team-members';
import { useAccountList } from '../stores/account-list-store';
import { AccountFilters } from './account-filters';
import { AccountFormDialog } from './account-form-dialog';
import { AccountTable } from './account-table';

/** The portfolio: every account, searchable, filterable, sortable, virtualized. */
export function AccountsPage() {
  const rows = useAccountRows();
  const members = useTeamMembers();
  const filter = useDeferredValue(useAccountList((s) => s.filter));
  const sort = useAccountList((s) => s.sort);
  const setSort = useAccountList((s) => s.setSort);
  const go = useNavigation((s) => s.go);
  const [creating, setCreating] = useState(false);
  const today = localToday();
  const memberNames = useMemo(() => new Map(members.map((m) => [m.id, m.name])), [members]);
  const ownerName = (id: string | null) => (id ? memberNames.get(id) ?? 'Unknown' : '—');
  const searchText = useMemo(() => new Map((rows ?? []).map((r) => [r, searchTextOf(r)])), [rows]);
  const tags = useMemo(() => [...new Set((rows ?? []).flatMap((r) => r.account.tags))].sort(), [rows]);
  // Sort once per data or sort change; each keystroke then only filters the already sorted list.
  const sorted = useMemo(() => sortAccountRows(rows ?? [], sort, (id) => memberNames.get(id ?? '') ?? ''), [rows, sort, memberNames]);
  const visible = useMemo(() => sorted.filter(accountMatcher(filter, today, (r) => searchText.get(r) ?? searchTextOf(r))), [sorted, filter, today, searchText]);
  const total = (rows ?? []).filter((r) => !r.account.deleted).length;

  return (
    <div className="accounts-screen">
      <PageHeader
        title="Accounts"
        subtitle={rows ? `${visible.length.toLocaleString()} of ${total.toLocaleString()} accounts` : 'Loading…'}
        actions={(
          <>
            <button type="button" className="button" disabled={visible.length === 0} onClick={() => void bridge.saveFile({ suggestedName: `accounts-${today}.csv`, contents: accountsToCsv(visible.map((r) => r.account), members), mimeType: 'text/csv' })}>Export CSV</button>
            <button type="button" className="button" onClick={() => go({ section: 'import' })}>Import CSV</button>
            <button type="button" className="button primary" onClick={() => setCreating(true)}>New account</button>
          </>
        )}
      />
      <AccountFilters members={members} tags={tags} />
      {rows && total === 0 ? (
        <EmptyState title="No accounts yet">Create one with New account, import a CRM export with Import CSV, or load the sample portfolio from Settings.</EmptyState>
      ) : rows && visible.length === 0 ? (
        <EmptyState title="No account matches">Change the search or clear the filters.</EmptyState>
      ) : (
        <AccountTable rows={visible} sort={sort} onSort={setSort} onOpen={(id) => go({ section: 'accounts', recordId: id })} ownerName={ownerName} today={today} />
      )}
      {creating ? <AccountFormDialog members={members} onClose={() => setCreating(false)} onSaved={(id) => go({ section: 'accounts', recordId: id })} /> : null}
    </div>
  );
}
