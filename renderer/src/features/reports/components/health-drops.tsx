import { healthOverTimeDefinitions, type HealthDrop } from '../../../../../shared/domain/metrics/health-over-time';
import { useNavigation } from '../../../lib/navigation';

/** Props of HealthDrops. */
export type HealthDropsProps = { drops: HealthDrop[] | null; periodLabel: string; pending: string };

/** "Biggest health drops" over the period: each account with its score then and now and today's top driver. */
export function HealthDrops({ drops, periodLabel, pending }: HealthDropsProps) {
  const go = useNavigation((s) => s.go);
  return (
    <>
      <h3 id="drops-title" title={healthOverTimeDefinitions.drops}>Biggest health drops <span className="muted">{periodLabel}</span></h3>
      {drops === null ? <p className="muted" role="status">{pending}</p> : drops.length === 0 ? <p className="muted">No account&apos;s health fell by 5 points or more in {periodLabel}.</p> : (
        <table className="table" aria-labelledby="drops-title">
          <thead><tr><th>Account</th><th className="num">Then</th><th className="num">Now</th><th className="num">Change</th><th>Top driver today</th></tr></thead>
          <tbody>
            {drops.map((d) => (
              <tr key={d.accountId}>
                <td><button type="button" className="link" onClick={() => go({ section: 'accounts', recordId: d.accountId })}>{d.name}</button></td><td className="num">{d.before}</td><td className="num strong">{d.after}</td>
                <td className="num">−{d.drop}</td><td>{d.driver ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
