import type { ComparedLine } from '../../../../../shared/domain/metrics/figure-lines';

/** Props of FigureTable. */
export type FigureTableProps = { group: string; lines: ComparedLine[]; periodLabel: string; previousLabel: string };

/** One group of figures with the previous period and the change, and how each is computed. */
export function FigureTable({ group, lines, periodLabel, previousLabel }: FigureTableProps) {
  const definitions = [...new Set(lines.map((l) => l.definition))];
  const id = `figures-${group.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section className="card figure-group" aria-labelledby={id}>
      <h2 id={id}>{group}</h2>
      <table className="table figures" aria-label={`${group} figures`}>
        <thead><tr><th>Figure</th><th className="num">{periodLabel}</th><th className="num">{previousLabel}</th><th className="num">Change</th></tr></thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.key} data-figure={l.key}>
              <td title={l.definition}>{l.label}</td><td className="num strong">{l.shown}</td><td className="num muted">{l.previousShown}</td><td className="num">{l.changeShown}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <details className="definitions">
        <summary>How these are computed</summary>
        <ul>{definitions.map((d) => <li key={d}>{d}</li>)}</ul>
      </details>
    </section>
  );
}
