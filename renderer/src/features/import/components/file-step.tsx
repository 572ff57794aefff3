import { csvEncodingLabels, csvEncodings, type CsvEncoding } from '../../../../../shared/import/decode';
import { importEntities, importEntityLabels, type ImportEntity } from '../../../../../shared/import/fields';
import type { ImportMarker } from '../api/import-marker';

/** Props of FileStep. */
export type FileStepProps = {
  entity: ImportEntity;
  file: { fileName: string; rows: number; columns: number; encoding: CsvEncoding } | null;
  problem: string;
  interrupted: ImportMarker | null;
  onFile: (file: File | undefined) => void;
  onEntity: (entity: ImportEntity) => void;
  onEncoding: (encoding: CsvEncoding) => void;
  onDismissInterrupted: () => void;
};

/** Step 1: the file, what it holds and the encoding it was read in (detected, changeable); an import cut short is told here. */
export function FileStep({ entity, file, problem, interrupted, onFile, onEntity, onEncoding, onDismissInterrupted }: FileStepProps) {
  return (
    <section className="card" aria-labelledby="import-file-title">
      <h2 id="import-file-title">1. Choose a file</h2>
      {interrupted ? (
        <div role="alert" className="toolbar" style={{ alignItems: 'center', flexWrap: 'wrap', marginBottom: 10 }}>
          <span>
            Your import of {interrupted.fileName} stopped before it finished: {interrupted.saved.toLocaleString()} of {interrupted.total.toLocaleString()} {importEntityLabels[interrupted.entity].toLowerCase()} were saved.
            Choose the same file again to finish: rows already imported are left as they are.
          </span>
          <button type="button" className="button" onClick={onDismissInterrupted}>Dismiss</button>
        </div>
      ) : null}
      <div className="toolbar" style={{ alignItems: 'flex-end', flexWrap: 'wrap' }}>
        <label className="field">
          <span>CSV file</span>
          <input className="input" type="file" accept=".csv,.txt,.tsv,text/csv,text/plain" onChange={(e) => onFile(e.target.files?.[0])} />
        </label>
        <label className="field">
          <span>It contains</span>
          <select className="input" value={entity} onChange={(e) => onEntity(e.target.value as ImportEntity)}>
            {importEntities.map((k) => <option key={k} value={k}>{importEntityLabels[k]}</option>)}
          </select>
        </label>
        {file ? (
          <label className="field">
            <span>Text encoding</span>
            <select className="input" value={file.encoding} onChange={(e) => onEncoding(e.target.value as CsvEncoding)}>
              {csvEncodings.map((enc) => <option key={enc} value={enc}>{csvEncodingLabels[enc]}</option>)}
            </select>
          </label>
        ) : null}
        {file ? <span className="muted">{file.fileName}: {file.rows.toLocaleString()} rows, {file.columns} columns</span> : null}
      </div>
      {problem ? <p className="error" role="alert">{problem}</p> : null}
    </section>
  );
}
