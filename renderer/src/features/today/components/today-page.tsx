import { describeDaysFrom } from '../../../../../shared/domain/calendar';
import { formatCountdown, updateStatus } from '../../../../../shared/domain/escalation-rules';
import { localDateOf } from '../../../../../shared/domain/local-date';
import { formatMoneyTotals } from '../../../../../shared/domain/money';
import { useUpdateCadence } from '../../../lib/cadence-settings';
import { useNow, userZone } from '../../../lib/now';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { localToday, showOptionalMoney } from '../../../lib/format';
import { useNavigation } from '../../../lib/navigation';
import { useToday } from '../api/use-today';
import { useWorklist } from '../api/use-worklist';
import { Worklist, type WorklistAction } from './worklist';

/** Props of TodayPage. */
export type TodayPageProps = { onAction: (action: WorklistAction, accountId: string) => void };

/** The Today screen: whom to call first (the worklist), then what is due across the portfolio. */
export function TodayPage({ onAction }: TodayPageProps) {
  const view = useToday();
  const worklist = useWorklist(localToday());
  const go = useNavigation((s) => s.go);
  const now = useNow();
  const cadence = useUpdateCadence((s) => s.cadence);
  if (!view) return <PageHeader title="Today" />;
  const { summary, accountNames } = view;
  const today = localDateOf(view.now, userZone);
  const openAccount = (id: string | null) => id && go({ section: 'accounts', recordId: id });
  const name = (id: string | null) => (id ? accountNames.get(id) ?? 'Unknown account' : 'No account');

  if (summary.accountCount === 0) {
    return (
      <>
        <PageHeader title="Today" />
        <EmptyState
          title="Your portfolio is empty"
          action={<><button type="button" className="button primary" onClick={() => go({ section: 'accounts' })}>Add accounts</button><button type="button" className="button" onClick={() => go({ section: 'import' })}>Import CSV</button></>}
        >
          Add accounts from the Accounts screen or import a CRM export; load the sample portfolio from Settings to explore.
        </EmptyState>
      </>
    );
  }
  return (
    <>
      <PageHeader title="Today" subtitle={new Date().toLocaleDateString(undefined, { weekday: 'long', month: 'long', day: 'numeric' })} />
      <div className="page-body">
        <section className="grid-cards" aria-label="Portfolio at a glance">
          <Stat label="Accounts" value={summary.accountCount.toLocaleString()} />
          <Stat label="Annual recurring revenue" value={formatMoneyTotals(summary.arrByCurrency)} />
          <Stat label="Renewals in 90 days" value={String(summary.renewalsNext90Days.length)} />
          <Stat label="Open escalations" value={String(summary.openEscalations.length)} />
          <Stat label="Overdue commitments" value={String(summary.overdueCommitments.length)} />
        </section>
        {worklist ? <Worklist items={worklist.active} snoozed={worklist.snoozed} today={today} onOpen={(id) => openAccount(id)} onAction={onAction} /> : <p className="muted" role="status">Scoring accounts…</p>}
        <div className="two-col">
          <section className="card" aria-labelledby="overdue-title">
            <h2 id="overdue-title">Overdue commitments</h2>
            {summary.overdueCommitments.length === 0 ? <p className="muted">Nothing overdue. Promises are on track.</p> : (
              <ul className="list">
                {summary.overdueCommitments.map((c) => (
                  <li key={c.id}>
                    <span className="badge danger">{describeDaysFrom(today, c.dueDate)}</span>
                    <span>{c.title}</span>
                    <button type="button" className="link end" onClick={() => openAccount(c.accountId)}>{name(c.accountId)}</button>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="card" aria-labelledby="escalations-title">
            <h2 id="escalations-title">Open escalations</h2>
            {summary.openEscalations.length === 0 ? <p className="muted">No open escalations.</p> : (
              <ul className="list">
                {summary.openEscalations.map((e) => {
                  const update = updateStatus(e, view.events, now, cadence);
                  return (
                  <li key={e.id}>
                    <span className={e.severity === 'S1' ? 'badge danger' : 'badge warn'}>{e.severity}</span>
                    <button type="button" className="link" onClick={() => go({ section: 'escalations', recordId: e.id })}>{e.title}</button>
                    {update ? <span className={update.overdue ? 'badge danger' : 'badge'}>update {formatCountdown(update.msRemaining)}</span> : null}
                    <button type="button" className="link end" onClick={() => openAccount(e.accountId)}>{name(e.accountId)}</button>
                  </li>
                  );
                })}
              </ul>
            )}
          </section>
          <section className="card" aria-labelledby="week-title">
            <h2 id="week-title">Due this week</h2>
            {summary.dueThisWeek.length === 0 ? <p className="muted">Nothing else due this week.</p> : (
              <ul className="list">
                {summary.dueThisWeek.map((c) => (
                  <li key={c.id}>
                    <span className="badge">{describeDaysFrom(today, c.dueDate)}</span><span>{c.title}</span>
                    {c.accountId ? <button type="button" className="link end" onClick={() => openAccount(c.accountId)}>{name(c.accountId)}</button> : <span className="muted end">{name(null)}</span>}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="card" aria-labelledby="renewals-title">
            <h2 id="renewals-title">Renewals in the next 90 days</h2>
            {summary.renewalsNext90Days.length === 0 ? <p className="muted">No renewals in the next 90 days.</p> : (
              <ul className="list">
                {summary.renewalsNext90Days.map((a) => (
                  <li key={a.id}>
                    <span className="badge">{describeDaysFrom(today, a.renewalDate ?? today)}</span>
                    <button type="button" className="link" onClick={() => openAccount(a.id)}>{a.name}</button>
                    <span className="muted num end">{showOptionalMoney(a.arrMinor, a.currency)}</span>
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

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="card stat">
      <div className="value">{value}</div>
      <div className="label">{label}</div>
    </div>
  );
}
