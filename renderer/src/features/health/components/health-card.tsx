import { useState } from 'react';
import { HealthBadge } from '../../../components/ui/health-badge';
import { useHealthSettings } from '../../../lib/health-settings';
import { useAccountHealth } from '../api/use-account-health';
import { HealthBreakdown } from './health-breakdown';
import { HealthTrendChart } from './health-trend-chart';

/** Props of HealthCard. */
export type HealthCardProps = { accountId: string };

/** The account's health: the score and band, the three biggest drivers, the breakdown, what-ifs and the trend. */
export function HealthCard({ accountId }: HealthCardProps) {
  const [chosen, setChosen] = useState<string[]>([]);
  const view = useAccountHealth(accountId, chosen);
  const thresholds = useHealthSettings((s) => s.settings.thresholds);
  if (!view) return null;
  const { base, imagined, options, history } = view;
  const shown = chosen.length > 0 ? imagined : base;
  const toggle = (id: string) => setChosen((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]));
  return (
    <section className="card health-card" aria-labelledby="health-title">
      <div className="toolbar">
        <h2 id="health-title">Health</h2>
        <span aria-label="Health score" data-score={shown.score ?? ''}><HealthBadge score={shown.score} band={shown.band} /></span>
        {chosen.length > 0 ? <span className="muted">what-if (now {base.score ?? '—'})</span> : null}
      </div>
      {shown.drivers.length > 0 ? (
        <ul className="drivers" aria-label="Biggest drivers">{shown.drivers.map((d) => <li key={d}>{d}</li>)}</ul>
      ) : <p className="muted">{shown.score === null ? 'Not enough data to score this account yet.' : 'Every signal is healthy.'}</p>}
      <div className="health-grid">
        <HealthBreakdown result={shown} />
        <div>
          <HealthTrendChart history={history} thresholds={thresholds} />
          {options.length > 0 ? (
            <fieldset className="checks what-if">
              <legend>What if…</legend>
              {options.map((o) => (
                <label key={o.id} className="check"><input type="checkbox" checked={chosen.includes(o.id)} onChange={() => toggle(o.id)} />{o.label}</label>
              ))}
            </fieldset>
          ) : null}
        </div>
      </div>
    </section>
  );
}
