import { formatMoneyTotals } from '../../../../../shared/domain/money';
import type { OutcomeSummary } from '../../../../../shared/domain/recovery/recovery-outcomes';

/** Props of OutcomeCards. */
export type OutcomeCardsProps = { summary: OutcomeSummary };

/** What the program came to so far: reached in time, impact, credits given and retention. */
export function OutcomeCards({ summary: s }: OutcomeCardsProps) {
  return (
    <section className="grid-cards" aria-label="Outcomes">
      <div className="card stat"><div className="value">{s.progress.reachedWithinDeadline} of {s.progress.total}</div><div className="label">Reached within the deadline</div></div>
      <div className="card stat"><div className="value">{s.impact.major} major · {s.impact.minor} minor</div><div className="label">Impact ({s.impact.none} none, {s.impact.unknown} not assessed)</div></div>
      <div className="card stat"><div className="value">{formatMoneyTotals(s.credits)}</div><div className="label">Credits agreed</div></div>
      <div className="card stat">
        <div className="value">{s.logoRetention === null ? '—' : `${Math.round(s.logoRetention * 100)}%`}</div>
        <div className="label">Retained: {s.outcomes.retained} kept, {s.outcomes.reduced} reduced, {s.outcomes.churned} churned, {s.outcomes.open} open</div>
      </div>
    </section>
  );
}
