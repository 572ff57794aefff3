import { useState } from 'react';
import { initialChoices } from '../../../../../shared/import/choices';
import { parseCsv, type CsvTable } from '../../../../../shared/import/csv-rows';
import { decodeCsv, type CsvEncoding } from '../../../../../shared/import/decode';
import { importEntityLabels, type ImportEntity } from '../../../../../shared/import/fields';
import { detectPreset, guessMapping, type ColumnMapping } from '../../../../../shared/import/column-mapping';
import { defaultImportChoices, type ImportChoices } from '../../../../../shared/import/import-plan';
import type { CrmPreset } from '../../../../../shared/import/presets';
import { PageHeader } from '../../../components/ui/page-header';
import { ProgressBar } from '../../../components/ui/progress-bar';
import { clearImportMarker, readImportMarker } from '../api/import-marker';
import type { ImportOutcome, ImportProgress } from '../api/run-import';
import { loadSavedMapping, saveMapping } from '../api/saved-mappings';
import { startImport } from '../api/start-import';
import { useImportPlan } from '../hooks/use-import-plan';
import { FileStep } from './file-step';
import { ImportBar } from './import-bar';
import { ImportMapping } from './import-mapping';
import { UnmatchedOwners } from './unmatched-owners';
import { ImportResult } from './import-result';

type Stage = { step: 'setup' } | { step: 'importing'; progress: ImportProgress } | { step: 'done'; outcome: ImportOutcome<ImportEntity> };
type Loaded = { fileName: string; bytes: Uint8Array; encoding: CsvEncoding; table: CsvTable };
const emptyTable: CsvTable = { headers: [], rows: [] };

/** The CSV import wizard: pick a file and what it holds, match its columns and values, preview, import, review. */
export function ImportPage() {
  const [file, setFile] = useState<Loaded | null>(null);
  const [problem, setProblem] = useState('');
  const [interrupted, setInterrupted] = useState(readImportMarker);
  const [entity, setEntity] = useState<ImportEntity>('accounts');
  const [preset, setPreset] = useState<CrmPreset | 'custom'>('custom');
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [choices, setChoices] = useState<ImportChoices>(defaultImportChoices);
  const [savedNote, setSavedNote] = useState('');
  const [stage, setStage] = useState<Stage>({ step: 'setup' });
  const planned = useImportPlan(entity, file?.table ?? emptyTable, mapping, choices, file !== null && stage.step === 'setup');

  const applyMapping = (table: CsvTable, kind: ImportEntity, next: ColumnMapping, previous = defaultImportChoices) => {
    setMapping(next);
    setChoices(initialChoices(kind, table, next, previous));
  };
  const remap = (table: CsvTable, kind: ImportEntity, chosen?: CrmPreset | 'custom') => {
    const saved = chosen === undefined ? loadSavedMapping(kind, table.headers) : null;
    const next = chosen ?? detectPreset(table.headers);
    setPreset(next);
    applyMapping(table, kind, saved ?? guessMapping(kind, table.headers, next));
    setSavedNote(saved ? 'Using your saved mapping for these columns' : '');
  };
  const load = (fileName: string, bytes: Uint8Array, encoding: CsvEncoding, kind: ImportEntity) => {
    const table = parseCsv(decodeCsv(bytes, encoding));
    if (table.headers.length === 0 || table.rows.length === 0) {
      setFile(null);
      setProblem(`${fileName} has no rows to import: the first row must name the columns.`);
      return;
    }
    setProblem('');
    setFile({ fileName, bytes, encoding, table });
    remap(table, kind);
  };
  const pickFile = async (picked: File | undefined) => {
    setFile(null);
    setProblem('');
    if (!picked) return;
    const bytes = new Uint8Array(await picked.arrayBuffer());
    // Loaded on first use: encoding detection is a large library the rest of the app never needs.
    const { detectEncoding } = await import('../../../../../shared/import/detect-encoding');
    load(picked.name, bytes, detectEncoding(bytes), entity);
  };

  const start = async () => {
    if (!file) return;
    setStage({ step: 'importing', progress: { phase: 'checking', done: 0, total: file.table.rows.length } });
    try {
      const outcome = await startImport(entity, file.table, mapping, choices, file.fileName, planned?.plan, (progress) => setStage({ step: 'importing', progress }));
      setInterrupted(null);
      setStage({ step: 'done', outcome });
    } catch (error) {
      clearImportMarker();
      // Chunks already saved stay saved; importing the same file again updates rather than duplicates.
      setProblem(`The import stopped: ${error instanceof Error ? error.message : String(error)}. Rows saved so far are kept; import the file again to finish.`);
      setStage({ step: 'setup' });
    }
  };

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
            <FileStep
              entity={entity} problem={problem} interrupted={interrupted}
              file={file ? { fileName: file.fileName, rows: file.table.rows.length, columns: file.table.headers.length, encoding: file.encoding } : null}
              onFile={(picked) => { void pickFile(picked); }}
              onEntity={(kind) => { setEntity(kind); if (file) remap(file.table, kind); }}
              onEncoding={(encoding) => { if (file) load(file.fileName, file.bytes, encoding, entity); }}
              onDismissInterrupted={() => { clearImportMarker(); setInterrupted(null); }}
            />
            {file ? (
              <>
                <ImportMapping
                  entity={entity} table={file.table} mapping={mapping} choices={choices} planned={planned} preset={preset} savedNote={savedNote}
                  onPreset={(p) => remap(file.table, entity, p)}
                  onMapping={(m) => { applyMapping(file.table, entity, m, choices); setSavedNote(''); }}
                  onChoices={setChoices}
                  onSave={() => { saveMapping(entity, file.table.headers, mapping); setSavedNote('Mapping saved for files with these columns'); }}
                />
                <UnmatchedOwners table={file.table} mapping={mapping} />
                <ImportBar
                  plan={planned?.plan} rows={file.table.rows.length} kind={importEntityLabels[entity].toLowerCase()}
                  disabled={new Set(mapping).size <= 1} onImport={() => { void start(); }}
                />
              </>
            ) : null}
          </>
        )}
      </div>
    </>
  );
}
