import { rejectedRowsCsv } from '../../../../../shared/import/rejected-csv';
import { bridge } from '../../../lib/bridge';
import type { ImportOutcome } from '../api/run-import';
import type { ImportEntity } from '../../../../../shared/import/fields';
import { RejectedRowsTable } from './rejected-rows-table';

/** Props of ImportResult. */
export type ImportResultProps = { outcome: ImportOutcome<ImportEntity>; headers: string[]; fileName: string; onAgain: () => void };

/** What the import did, and the rejected rows with a way to fix and re-import them. */
export function ImportResult({ outcome, headers, fileName, onAgain }: ImportResultProps) {
  const download = () => bridge.saveFile({
    suggestedName: fileName.replace(/\.csv$/i, '') + '-rejected.csv',
    contents: rejectedRowsCsv(headers, outcome.rejected),
    mimeType: 'text/csv',
  });
  return (
    <section className="card" aria-labelledby="import-result-title">
      <h2 id="import-result-title">Import finished</h2>
      <div className="grid-cards" role="list" aria-label="Import summary">
        <div className="stat" role="listitem"><div className="value">{outcome.created.toLocaleString()}</div><div className="label">created</div></div>
        <div className="stat" role="listitem"><div className="value">{outcome.updated.toLocaleString()}</div><div className="label">updated</div></div>
        <div className="stat" role="listitem"><div className="value">{outcome.unchanged.toLocaleString()}</div><div className="label">already up to date</div></div>
        <div className="stat" role="listitem"><div className="value">{outcome.rejected.length.toLocaleString()}</div><div className="label">rejected</div></div>
        {outcome.skipped > 0 ? <div className="stat" role="listitem"><div className="value">{outcome.skipped.toLocaleString()}</div><div className="label">skipped as duplicates</div></div> : null}
        {outcome.timelineNotes > 0 ? <div className="stat" role="listitem"><div className="value">{outcome.timelineNotes.toLocaleString()}</div><div className="label">notes added to timelines</div></div> : null}
      </div>
      {outcome.pastRenewals > 0 ? (
        <p role="status" className="badge warn" style={{ marginTop: 12, fontSize: 13 }}>
          {outcome.pastRenewals.toLocaleString()} {outcome.pastRenewals === 1 ? 'account has a renewal date that has' : 'accounts have a renewal date that has'} passed: check whether they renewed.
        </p>
      ) : null}
      {outcome.rejected.length > 0 ? (
        <>
          <h3 style={{ marginTop: 16 }}>Rejected rows</h3>
          <p className="muted">Row numbers are as your spreadsheet shows them (the header is row 1). Download these rows with an Error column, fix them and import the file again.</p>
          <div className="toolbar" style={{ marginBottom: 8 }}>
            <button type="button" className="button" onClick={() => { void download(); }}>Download rejected rows</button>
          </div>
          <RejectedRowsTable rejected={outcome.rejected} />
        </>
      ) : null}
      <div className="toolbar" style={{ marginTop: 12 }}>
        <button type="button" className="button primary" onClick={onAgain}>Import another file</button>
      </div>
    </section>
  );
}
