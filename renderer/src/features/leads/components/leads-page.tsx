import { useMemo, useState } from 'react';
import { leadStageLabels, expansionArrWon, isOpenLead, quarterOf } from '../../../../../shared/domain/expansion/expansion-rules';
import { formatMoneyTotals } from '../../../../../shared/domain/money';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { useTeamMembers } from '../../../db/use-team-members';
import { showDate, showMoney } from '../../../lib/format';
import { useNow } from '../../../lib/now';
import { exportHandedOffCsv } from '../api/lead-writes';
import { leadFacts, useLeads } from '../api/use-leads';
import { kindLabels } from './labels';
import { LeadPanel } from './lead-panel';

type Show = 'open' | 'won' | 'lost' | 'all';
const shows: [Show, string][] = [['open', 'Open'], ['won', 'Won'], ['lost', 'Lost'], ['all', 'All']];

/** Expansion leads: qualify, hand to sales, and close as won or lost; the CSV of handed-off leads for the CRM. */
export function LeadsPage() {
  const view = useLeads();
  const members = useTeamMembers();
  const now = useNow();
  const [show, setShow] = useState<Show>('open');
  const [openId, setOpenId] = useState<string | null>(null);
  const memberNames = useMemo(() => new Map(members.map((m) => [m.id, m.name])), [members]);
  if (!view) return <PageHeader title="Expansion leads" />;
  const shown = view.leads.filter((l) => (show === 'all' ? true : show === 'open' ? isOpenLead(l) : l.stage === show));
  const open = view.leads.find((l) => l.id === openId);
  const factsOf = (l: (typeof view.leads)[number]) => leadFacts(view, l, memberNames);
  const handedOff = view.leads.filter((l) => l.handedOffAt !== null).length;
  return (
    <>
      <PageHeader
        title="Expansion leads"
        subtitle={`${view.leads.filter(isOpenLead).length} open · won this quarter ${formatMoneyTotals(expansionArrWon(view.leads, quarterOf(now)))}`}
        actions={<button type="button" className="button" disabled={handedOff === 0} onClick={() => void exportHandedOffCsv(view.leads, factsOf)}>Export handed-off leads (CSV)</button>}
      />
      <div className="page-body">
        <div className="segmented" role="group" aria-label="Show leads">
          {shows.map(([s, label]) => <button key={s} type="button" aria-pressed={show === s} onClick={() => setShow(s)}>{label}</button>)}
        </div>
        {shown.length === 0 ? (
          <EmptyState title={view.leads.length === 0 ? 'No expansion leads yet' : 'No leads here'}>Flag an opportunity from an account page when a customer could buy more: another product, more seats or a service. Qualify it here and hand it to sales with its summary.</EmptyState>
        ) : (
          <div className={open ? 'program-split' : undefined}>
            <table className="table compact-cells" aria-label="Expansion leads">
              <thead><tr><th scope="col">Lead</th><th scope="col">Account</th><th scope="col">What</th><th scope="col">Est. ARR</th><th scope="col">Stage</th><th scope="col">Decision by</th></tr></thead>
              <tbody>
                {shown.map((l) => (
                  <tr key={l.id} className={l.id === openId ? 'current' : undefined}>
                    <td className="wrap-cell"><button type="button" className="link" onClick={() => setOpenId(l.id)}>{l.title}</button></td>
                    <td className="wrap-cell">{view.accounts.get(l.accountId)?.name ?? '—'}</td>
                    <td>{kindLabels[l.kind]}</td>
                    <td>{l.stage === 'won' ? showMoney(l.valueWonMinor, l.currency) : showMoney(l.estimatedArrMinor, l.currency)}</td>
                    <td><span className={l.stage === 'won' ? 'badge ok' : l.stage === 'lost' ? 'badge danger' : 'badge'}>{leadStageLabels[l.stage]}</span></td>
                    <td>{l.timing ? showDate(l.timing) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {open ? <LeadPanel key={open.id} lead={open} facts={factsOf(open)} onClose={() => setOpenId(null)} /> : null}
          </div>
        )}
      </div>
    </>
  );
}
