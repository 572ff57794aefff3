import { showDateTime } from '../../../lib/format';
import { useChangesSinceLastVisit } from '../api/use-changes-since';

const toneClass = { good: 'badge ok', bad: 'badge danger', neutral: 'badge' } as const;
const toneWord = { good: 'Better', bad: 'Watch', neutral: 'New' } as const;

/** "Since your last visit": health, tickets, survey responses, commitments due and the renewal since this account was last opened here. */
export function SinceLastVisit({ accountId }: { accountId: string }) {
  const view = useChangesSinceLastVisit(accountId);
  if (!view || view.since === null) return null;
  return (
    <section className="card since-visit" aria-labelledby="since-visit-title">
      <h2 id="since-visit-title">Since your last visit <span className="muted">{showDateTime(view.since)}</span></h2>
      {view.lines.length === 0 ? <p className="muted">Nothing changed: no new tickets, survey responses, commitments coming due or renewal news, and the same health.</p> : (
        <ul className="list" aria-label="Changes since your last visit">
          {view.lines.map((l) => <li key={`${l.kind}-${l.text}`}><span className={toneClass[l.tone]}>{toneWord[l.tone]}</span> <span>{l.text}</span></li>)}
        </ul>
      )}
    </section>
  );
}
