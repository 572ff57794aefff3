import { useState } from 'react';
import { parseCsv, type CsvTable } from '../../../../../shared/import/csv-rows';
import { importEntities, importEntityLabels, type ImportEntity } from '../../../../../shared/import/fields';
import { detectPreset, guessMapping, type ColumnMapping } from '../../../../../shared/import/column-mapping';
import type { CrmPreset } from '../../../../../shared/import/presets';
import { PageHeader } from '../../../components/ui/page-header';
import { ProgressBar } from '../../../components/ui/progress-bar';
import type { ImportOutcome, ImportProgress } from '../api/run-import';
import { importIntoThisDevice } from '../api/import-into-device';
import { loadSavedMapping, saveMapping } from '../api/saved-mappings';
import { ImportMapping } from './import-mapping';
import { UnmatchedOwners } from './unmatched-owners';
import { ImportResult } from './import-result';

type Stage = { step: 'setup' } | { step: 'importing'; progress: ImportProgress } | { step: 'done'; outcome: ImportOutcome<ImportEntity> };
type Loaded = { fileName: string; table: CsvTable };

/** The CSV import wizard: pick a file and what it holds, match its columns, preview, import, review. */
export function ImportPage() {
  const [file, setFile] = useState<Loaded | null>(null);
  const [problem, setProblem] = useState('');
  const [entity, setEntity] = useState<ImportEntity>('accounts');
  const [preset, setPreset] = useState<CrmPreset | 'custom'>('custom');
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [savedNote, setSavedNote] = useState('');
  const [stage, setStage] = useState<Stage>({ step: 'setup' });

  const remap = (table: CsvTable, kind: ImportEntity, chosen?: CrmPreset | 'custom') => {
    const saved = chosen === undefined ? loadSavedMapping(kind, table.headers) : null;
    const next = chosen ?? detectPreset(table.headers);
    setPreset(next);
    setMapping(saved ?? guessMapping(kind, table.headers, next));
    setSavedNote(saved ? 'Using your saved mapping for these columns' : '');
  };

  const pickFile = async (picked: File | undefined) => {
    setFile(null);
    setProblem('');
    if (!picked) return;
    const table = parseCsv(await picked.text());
    if (table.headers.length === 0 || table.rows.length === 0) {
      setProblem(`${picked.name} has no rows to import: the first row must name the columns.`);
      return;
    }
    setFile({ fileName: picked.name, table });
    remap(table, entity);
  };

  const start = async () => {
    if (!file) return;
    setStage({ step: 'importing', progress: { phase: 'checking', done: 0, total: file.table.rows.length } });
    try {
      const outcome = await importIntoThisDevice(entity, file.table, mapping, (progress) => setStage({ step: 'importing', progress }));
      setStage({ step: 'done', outcome });
    } catch (error) {
      // Chunks already saved stay saved; importing the same file again updates rather than duplicates.
      setProblem(`The import stopped: ${error instanceof Error ? error.message : String(error)}. Rows saved so far are kept; import the file again to finish.`);
      setStage({ step: 'setup' });
    }
  };

  const mappedKeys = new Set(mapping);
  return (
    <>
      <PageHeader title="Import CSV" subtitle="From a Salesforce report, a HubSpot export or any spreadsheet" />
      <div className="page-body">
        {stage.step === 'done' && file ? (
          <ImportResult outcome={stage.outcome} headers={file.table.headers} fileName={file.fileName} onAgain={() => { setFile(null); setStage({ step: 'setup' }); }} />
        ) : stage.step === 'importing' ? (
          <section className="card" aria-labelledby="import-progress-title">
            <h2 id="import-progress-title">{stage.progress.phase === 'checking' ? 'Checking rows…' : 'Saving records…'}</h2>
            <ProgressBar label={stage.progress.phase === 'checking' ? 'Rows checked' : 'Records saved'} done={stage.progress.done} total={stage.progress.total} />
          </section>
        ) : (
          <>
            <section className="card" aria-labelledby="import-file-title">
              <h2 id="import-file-title">1. Choose a file</h2>
              <div className="toolbar" style={{ alignItems: 'flex-end', flexWrap: 'wrap' }}>
                <label className="field">
                  <span>CSV file</span>
                  <input className="input" type="file" accept=".csv,text/csv" onChange={(e) => { void pickFile(e.target.files?.[0]); }} />
                </label>
                <label className="field">
                  <span>It contains</span>
                  <select className="input" value={entity} onChange={(e) => { const kind = e.target.value as ImportEntity; setEntity(kind); if (file) remap(file.table, kind); }}>
                    {importEntities.map((k) => <option key={k} value={k}>{importEntityLabels[k]}</option>)}
                  </select>
                </label>
                {file ? <span className="muted">{file.fileName}: {file.table.rows.length.toLocaleString()} rows, {file.table.headers.length} columns</span> : null}
              </div>
              {problem ? <p className="error" role="alert">{problem}</p> : null}
            </section>
            {file ? (
              <>
                <ImportMapping
                  entity={entity} table={file.table} mapping={mapping} preset={preset} savedNote={savedNote}
                  onPreset={(p) => remap(file.table, entity, p)} onMapping={(m) => { setMapping(m); setSavedNote(''); }}
                  onSave={() => { saveMapping(entity, file.table.headers, mapping); setSavedNote('Mapping saved for files with these columns'); }}
                />
                <UnmatchedOwners table={file.table} mapping={mapping} />
                <div className="toolbar">
                  <button type="button" className="button primary" disabled={mappedKeys.size <= 1} onClick={() => { void start(); }}>
                    Import {file.table.rows.length.toLocaleString()} rows as {importEntityLabels[entity].toLowerCase()}
                  </button>
                </div>
              </>
            ) : null}
          </>
        )}
      </div>
    </>
  );
}
