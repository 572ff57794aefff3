import type { Account } from '../../../../../shared/domain/account';
import { surveyOverdueDays, type KindAverage, type SurveySummary } from '../../../../../shared/domain/recovery/follow-up-survey';
import { showDateTime } from '../../../lib/format';

/** Props of SurveySummaryCard. */
export type SurveySummaryCardProps = { summary: SurveySummary; accounts: ReadonlyMap<string, Account>; onOpen: (targetId: string) => void };

const avg = (a: KindAverage) => (a.average === null ? '—' : a.average.toFixed(1));

/** The program's follow-up survey: requested, answered and awaiting, the average NPS and CSAT of the answers, and the overdue ones. */
export function SurveySummaryCard({ summary: s, accounts, onOpen }: SurveySummaryCardProps) {
  return (
    <section className="card" aria-label="Follow-up survey summary">
      <h2>Follow-up survey</h2>
      <div className="survey-figures">
        <div className="stat"><div className="value">{s.requested}</div><div className="label">Requested</div></div>
        <div className="stat"><div className="value">{s.answered}</div><div className="label">Answered</div></div>
        <div className="stat"><div className="value">{s.awaiting}</div><div className="label">Awaiting{s.overdue.length > 0 ? ` (${s.overdue.length} overdue)` : ''}</div></div>
        <div className="stat">
          <div className="value">{avg(s.averages.nps)}</div>
          <div className="label">Average NPS · {s.averages.nps.count} answer{s.averages.nps.count === 1 ? '' : 's'} ({s.nps.promoters} promoter, {s.nps.passives} passive, {s.nps.detractors} detractor)</div>
        </div>
        <div className="stat"><div className="value">{avg(s.averages.csat)}</div><div className="label">Average CSAT · {s.averages.csat.count} answer{s.averages.csat.count === 1 ? '' : 's'}</div></div>
      </div>
      {s.overdue.length > 0 ? (
        <>
          <h3>No answer after {surveyOverdueDays} days</h3>
          <ul className="list" aria-label="Overdue surveys">
            {s.overdue.map((o) => {
              const name = accounts.get(o.target.accountId)?.name ?? 'Unknown account';
              return (
                <li key={o.target.id}>
                  <button type="button" className="link" onClick={() => onOpen(o.target.id)}>{name}</button>
                  <span className="end muted">sent {showDateTime(o.requestedAt)} · {o.daysWaiting} days ago</span>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {s.requested === 0 && s.answered === 0 ? <p className="muted">No survey sent yet: once an account is followed up, send it from the account&apos;s track.</p> : null}
    </section>
  );
}
