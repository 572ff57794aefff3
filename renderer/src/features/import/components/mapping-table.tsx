import { importFields, type ImportEntity } from '../../../../../shared/import/fields';
import { normalizeHeader, type ColumnMapping } from '../../../../../shared/import/column-mapping';
import { offeredField } from '../../../../../shared/import/picklists';

/** Props of MappingTable. */
export type MappingTableProps = {
  entity: ImportEntity;
  headers: string[];
  sample: string[];
  mapping: ColumnMapping;
  onChange: (column: number, key: string) => void;
};

/** One row per CSV column: its name, an example value, and the field it goes into (a select named after the column). */
export function MappingTable({ entity, headers, sample, mapping, onChange }: MappingTableProps) {
  const fields = importFields[entity];
  return (
    <table className="table">
      <caption className="muted" style={{ textAlign: 'left', padding: '0 0 6px' }}>Each column of the file and where it goes</caption>
      <thead>
        <tr><th scope="col">Column in the file</th><th scope="col">Example</th><th scope="col">Imports into</th></tr>
      </thead>
      <tbody>
        {headers.map((header, i) => {
          const offer = mapping[i] === '' ? offeredField(entity, normalizeHeader(header)) : undefined;
          return (
            <tr key={`${i}-${header}`}>
              <th scope="row" style={{ textAlign: 'left', fontWeight: 500 }}>{header || `Column ${i + 1}`}</th>
              <td className="muted">{sample[i] ?? ''}</td>
              <td>
                <div className="toolbar" style={{ alignItems: 'center' }}>
                  <select className="input" aria-label={header || `Column ${i + 1}`} value={mapping[i] ?? ''} onChange={(e) => onChange(i, e.target.value)}>
                    <option value="">Don&apos;t import</option>
                    {fields.map((f) => <option key={f.key} value={f.key}>{f.label}{f.required ? ' (required)' : ''}</option>)}
                  </select>
                  {offer ? (
                    <button type="button" className="button" title={`“${header}” may not mean ${offer.label.toLowerCase()} in your CRM: check before using it`} onClick={() => onChange(i, offer.key)}>
                      Use as {offer.label.toLowerCase()}?
                    </button>
                  ) : null}
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
