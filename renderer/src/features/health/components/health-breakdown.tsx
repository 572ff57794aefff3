import type { HealthScore } from '../../../../../shared/domain/health/score';
import { healthComponentLabels } from '../../../../../shared/domain/health/types';

/** Props of HealthBreakdown. */
export type HealthBreakdownProps = { result: HealthScore };

/** Every signal with its weight, score and the points it adds; the points add up to the score in the last row. */
export function HealthBreakdown({ result }: HealthBreakdownProps) {
  return (
    <table className="table health-breakdown" aria-label="Health breakdown">
      <thead><tr><th scope="col">Signal</th><th scope="col" className="num">Weight</th><th scope="col" className="num">Score</th><th scope="col" className="num">Points</th><th scope="col">Why</th></tr></thead>
      <tbody>
        {result.components.map((c) => (
          <tr key={c.key} className={c.missing ? 'missing' : undefined}>
            <th scope="row">{healthComponentLabels[c.key]}</th>
            <td className="num">{c.missing ? '—' : `${Math.round(c.share * 100)}%`}</td>
            <td className="num">{c.score ?? 'missing'}</td>
            <td className="num" data-points={c.points}>{c.missing ? '—' : c.points}</td>
            <td className="why" title={c.sentence}>{c.sentence}</td>
          </tr>
        ))}
      </tbody>
      <tfoot><tr><th scope="row">Score</th><td /><td /><td className="num strong" data-total>{result.score ?? '—'}</td><td className="muted">Missing signals count for nothing; their weight goes to the others.</td></tr></tfoot>
    </table>
  );
}
