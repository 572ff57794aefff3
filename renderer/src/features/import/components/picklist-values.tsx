import type { ImportChoices } from '../../../../../shared/import/import-plan';
import { valueLabel, type PicklistColumn } from '../../../../../shared/import/picklists';

/** Props of PicklistValues. */
export type PicklistValuesProps = { columns: PicklistColumn[]; choices: ImportChoices; onChange: (field: string, key: string, value: string) => void };

/** For each column mapped to a picklist field: its distinct values, how many rows have each, and the value of ours it becomes. */
export function PicklistValues({ columns, choices, onChange }: PicklistValuesProps) {
  if (columns.length === 0) return null;
  return (
    <>
      {columns.map(({ column, header, field, values }) => (
        <table key={column} className="table" aria-label={`Values of ${header}`} style={{ marginTop: 10 }}>
          <caption className="muted" style={{ textAlign: 'left', padding: '0 0 6px' }}>
            Values of “{header}” and the {field.label.toLowerCase()} each becomes
          </caption>
          <thead><tr><th scope="col">In the file</th><th scope="col" className="num">Rows</th><th scope="col">{field.label}</th></tr></thead>
          <tbody>
            {values.map((v) => (
              <tr key={v.key}>
                <th scope="row" style={{ textAlign: 'left', fontWeight: 500 }}>{v.text}</th>
                <td className="num">{v.count.toLocaleString()}</td>
                <td>
                  <select className="input" aria-label={`${header}: ${v.text}`} value={choices.valueMaps[field.key]?.[v.key] ?? ''} onChange={(e) => onChange(field.key, v.key, e.target.value)}>
                    <option value="">Leave as default</option>
                    {(field.values ?? []).map((value) => <option key={value} value={value}>{valueLabel(field, value)}</option>)}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </>
  );
}
