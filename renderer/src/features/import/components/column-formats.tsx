import { describeFormat, type ColumnFormat } from '../../../../../shared/import/column-formats';
import type { ImportChoices } from '../../../../../shared/import/import-plan';

/** Props of ColumnFormats. */
export type ColumnFormatsProps = { headers: string[]; choices: ImportChoices; onChange: (column: number, format: ColumnFormat) => void };

/** How each date and number column is read, decided from its values; a column that could not tell asks. */
export function ColumnFormats({ headers, choices, onChange }: ColumnFormatsProps) {
  const entries = Object.entries(choices.formats).map(([column, format]) => ({ column: Number(column), format }));
  if (entries.length === 0) return null;
  return (
    <ul className="plain-list" aria-label="How dates and numbers are read" style={{ margin: '10px 0 0', padding: 0, listStyle: 'none', display: 'grid', gap: 6 }}>
      {entries.map(({ column, format }) => {
        const header = headers[column] ?? `Column ${column + 1}`;
        return (
          <li key={column} className="toolbar" style={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <span style={{ minWidth: 160 }}>{header}: {describeFormat(format)}</span>
            {format.kind === 'date' ? (
              <select className="input" aria-label={`Dates in ${header}`} value={format.order} onChange={(e) => onChange(column, { kind: 'date', order: e.target.value === 'dmy' ? 'dmy' : 'mdy', decided: true })}>
                <option value="dmy">Day first (31/12/2026)</option>
                <option value="mdy">Month first (12/31/2026)</option>
              </select>
            ) : (
              <select className="input" aria-label={`Numbers in ${header}`} value={format.mark} onChange={(e) => onChange(column, { kind: 'number', mark: e.target.value === ',' ? ',' : '.', decided: true })}>
                <option value=",">Decimal comma (1.250,50)</option>
                <option value=".">Decimal point (1,250.50)</option>
              </select>
            )}
            {format.decided ? null : <span className="badge warn" role="note">Could not tell from the values: please check</span>}
          </li>
        );
      })}
    </ul>
  );
}
