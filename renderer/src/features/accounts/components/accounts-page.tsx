import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { Account } from '../../../../../shared/domain/account';
import { isPlainNameOrder, listReadsHealth, type AccountRow } from '../../../../../shared/domain/account-list';
import { accountsToCsv } from '../../../../../shared/export/records-csv';
import { EmptyState } from '../../../components/ui/empty-state';
import { bridge } from '../../../lib/bridge';
import { PageHeader } from '../../../components/ui/page-header';
import { localToday } from '../../../lib/format';
import { useNavigation } from '../../../lib/navigation';
import { useAccountRows } from '../api/use-account-rows';
import { useRowsWithHealth } from '../api/use-list-health';
import { useTeamMembers } from '../../../db/use-team-members';
import { useVisibleAccounts } from '../hooks/use-visible-accounts';
import { useAccountList } from '../stores/account-list-store';
import { AccountFilters } from './account-filters';
import { AccountFormDialog } from './account-form-dialog';
import { AccountTable } from './account-table';
import { AssignOwnerBar } from './assign-owner-bar';

const noAccounts: readonly Account[] = [];
const noRows: AccountRow[] = [];

/** The portfolio: every account, searchable, filterable, sortable, virtualized. */
export function AccountsPage() {
  const rowsView = useAccountRows();
  const members = useTeamMembers();
  const filter = useDeferredValue(useAccountList((s) => s.filter));
  const sort = useAccountList((s) => s.sort);
  // Until the whole portfolio is read, the first accounts by name can stand in only for the plain A–Z list.
  const view = rowsView && (rowsView.complete || isPlainNameOrder(filter, sort)) ? rowsView : undefined;
  const complete = view?.complete === true;
  const setSort = useAccountList((s) => s.setSort);
  const go = useNavigation((s) => s.go);
  const [creating, setCreating] = useState(false);
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const toggle = useCallback((id: string) => setSelected((s) => { const next = new Set(s); if (!next.delete(id)) next.add(id); return next; }), []);
  const today = localToday();
  const memberNames = useMemo(() => new Map(members.map((m) => [m.id, m.name])), [members]);
  const ownerName = useCallback((id: string | null) => (id ? memberNames.get(id) ?? 'Unknown' : '—'), [memberNames]);
  const openAccount = useCallback((id: string) => go({ section: 'accounts', recordId: id }), [go]);
  // Scores are joined onto every row only when the list sorts or filters by them; otherwise each
  // health cell on screen reads its own account's score, so new scores never re-sort 10,000 rows.
  const joined = useRowsWithHealth(view?.rows, listReadsHealth(filter, sort));
  const { visible, total, tags } = useVisibleAccounts(view?.accounts ?? noAccounts, joined ?? noRows, filter, sort, memberNames, today);
  const shownIds = useMemo(() => visible.map((r) => r.account.id), [visible]);

  return (
    <div className="accounts-screen">
      <PageHeader
        title="Accounts"
        subtitle={complete ? `${visible.length.toLocaleString()} of ${total.toLocaleString()} accounts` : 'Loading…'}
        actions={(
          <>
            <button type="button" className="button" disabled={!complete || visible.length === 0} onClick={() => void bridge.saveFile({ suggestedName: `accounts-${today}.csv`, contents: accountsToCsv(visible.map((r) => r.account), members), mimeType: 'text/csv' })}>Export CSV</button>
            <button type="button" className="button" onClick={() => go({ section: 'import' })}>Import CSV</button>
            <button type="button" className="button primary" onClick={() => setCreating(true)}>New account</button>
          </>
        )}
      />
      <AccountFilters members={members} tags={tags} />
      <AssignOwnerBar selected={selected} shownIds={shownIds} members={members} onSelect={setSelected} />
      {complete && total === 0 ? (
        <EmptyState
          title="No accounts yet"
          action={<><button type="button" className="button primary" onClick={() => setCreating(true)}>New account</button><button type="button" className="button" onClick={() => go({ section: 'import' })}>Import CSV</button></>}
        >
          Create one, or import a CRM export; the sample portfolio is in Settings if you want to explore first.
        </EmptyState>
      ) : complete && visible.length === 0 ? (
        <EmptyState title="No account matches">Change the search or clear the filters.</EmptyState>
      ) : (
        <AccountTable rows={visible} sort={sort} onSort={setSort} onOpen={openAccount} ownerName={ownerName} today={today} selected={selected} onToggle={toggle} busy={view?.factsLoaded !== true} />
      )}
      {creating ? <AccountFormDialog members={members} onClose={() => setCreating(false)} onSaved={(id) => go({ section: 'accounts', recordId: id })} /> : null}
    </div>
  );
}
