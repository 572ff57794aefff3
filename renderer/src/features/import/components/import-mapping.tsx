import { useMemo } from 'react';
import type { CsvTable } from '../../../../../shared/import/csv-rows';
import type { ImportEntity } from '../../../../../shared/import/fields';
import type { ColumnMapping } from '../../../../../shared/import/column-mapping';
import type { CrmPreset } from '../../../../../shared/import/presets';
import { previewImport } from '../../../../../shared/import/preview';
import { useImportContext } from '../api/use-import-context';
import { ImportPreviewTable } from './import-preview-table';
import { MappingTable } from './mapping-table';

/** Props of ImportMapping. */
export type ImportMappingProps = {
  entity: ImportEntity;
  table: CsvTable;
  mapping: ColumnMapping;
  preset: CrmPreset | 'custom';
  savedNote: string;
  onPreset: (preset: CrmPreset | 'custom') => void;
  onMapping: (mapping: ColumnMapping) => void;
  onSave: () => void;
};

/** Step 2: the guessed column mapping, editable, with a preview of the first rows as they will be imported. */
export function ImportMapping({ entity, table, mapping, preset, savedNote, onPreset, onMapping, onSave }: ImportMappingProps) {
  const ctx = useImportContext(entity);
  const preview = useMemo(() => (ctx ? previewImport(entity, table.headers, table.rows, mapping, ctx) : null), [ctx, entity, table, mapping]);
  return (
    <>
      <section className="card" aria-labelledby="import-columns-title">
        <h2 id="import-columns-title">2. Match the columns</h2>
        <div className="toolbar" style={{ marginBottom: 10 }}>
          <label className="field">
            <span>Exported from</span>
            <select className="input" value={preset} onChange={(e) => onPreset(e.target.value as CrmPreset | 'custom')}>
              <option value="salesforce">Salesforce</option>
              <option value="hubspot">HubSpot</option>
              <option value="custom">Custom</option>
            </select>
          </label>
          <button type="button" className="button" style={{ alignSelf: 'flex-end' }} onClick={onSave}>Save mapping</button>
          <span className="muted" role="status" style={{ alignSelf: 'flex-end' }}>{savedNote}</span>
        </div>
        <MappingTable
          entity={entity} headers={table.headers} sample={table.rows[0]?.cells ?? []} mapping={mapping}
          onChange={(column, key) => onMapping(mapping.map((k, i) => (i === column ? key : k)))}
        />
      </section>
      <section className="card" aria-labelledby="import-preview-title">
        <h2 id="import-preview-title">3. Check the first rows</h2>
        {preview ? <ImportPreviewTable preview={preview} /> : <p className="muted">Reading your portfolio…</p>}
      </section>
    </>
  );
}
