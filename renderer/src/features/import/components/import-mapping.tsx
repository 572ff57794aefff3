import { useMemo } from 'react';
import type { ColumnFormat } from '../../../../../shared/import/column-formats';
import type { CsvTable } from '../../../../../shared/import/csv-rows';
import type { ImportEntity } from '../../../../../shared/import/fields';
import type { ColumnMapping } from '../../../../../shared/import/column-mapping';
import type { ImportChoices, ImportContext, ImportPlan } from '../../../../../shared/import/import-plan';
import { picklistColumns } from '../../../../../shared/import/picklists';
import type { CrmPreset } from '../../../../../shared/import/presets';
import { previewImport } from '../../../../../shared/import/preview';
import { ColumnFormats } from './column-formats';
import { DuplicateRows } from './duplicate-rows';
import { ImportPreviewTable } from './import-preview-table';
import { MappingTable } from './mapping-table';
import { PicklistValues } from './picklist-values';

/** Props of ImportMapping. */
export type ImportMappingProps = {
  entity: ImportEntity;
  table: CsvTable;
  mapping: ColumnMapping;
  choices: ImportChoices;
  planned: { ctx: ImportContext<ImportEntity>; plan: ImportPlan<ImportEntity> } | undefined;
  preset: CrmPreset | 'custom';
  savedNote: string;
  onPreset: (preset: CrmPreset | 'custom') => void;
  onMapping: (mapping: ColumnMapping) => void;
  onChoices: (choices: ImportChoices) => void;
  onSave: () => void;
};

/** Steps 2–3: the guessed column mapping, how values are read, duplicates, and a preview of the first rows as they will be imported. */
export function ImportMapping({ entity, table, mapping, choices, planned, preset, savedNote, onPreset, onMapping, onChoices, onSave }: ImportMappingProps) {
  const picklists = useMemo(() => picklistColumns(entity, table.headers, table.rows, mapping), [entity, table, mapping]);
  const preview = planned ? previewImport(entity, mapping, planned.plan, planned.ctx) : null;
  const setValue = (field: string, key: string, value: string) => onChoices({ ...choices, valueMaps: { ...choices.valueMaps, [field]: { ...choices.valueMaps[field], [key]: value } } });
  const setFormat = (column: number, format: ColumnFormat) => onChoices({ ...choices, formats: { ...choices.formats, [column]: format } });
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
        <ColumnFormats headers={table.headers} choices={choices} onChange={setFormat} />
        <PicklistValues columns={picklists} choices={choices} onChange={setValue} />
        {planned ? <DuplicateRows groups={planned.plan.duplicates} policy={choices.duplicates} onPolicy={(duplicates) => onChoices({ ...choices, duplicates })} /> : null}
      </section>
      <section className="card" aria-labelledby="import-preview-title">
        <h2 id="import-preview-title">3. Check the first rows</h2>
        {preview ? <ImportPreviewTable preview={preview} /> : <p className="muted">Reading your portfolio…</p>}
      </section>
    </>
  );
}
