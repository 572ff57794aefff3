import type { ImportPreview } from '../../../../../shared/import/preview';

/** Props of ImportPreviewTable. */
export type ImportPreviewTableProps = { preview: ImportPreview };

const statusBadge = {
  new: ['ok', 'New'], update: ['warn', 'Update'], unchanged: ['', 'No change'], rejected: ['danger', 'Rejected'], skipped: ['', 'Skipped'],
} as const;

/** The first rows of the file exactly as they will be imported, with what each row leaves unused. */
export function ImportPreviewTable({ preview }: ImportPreviewTableProps) {
  const width = Math.max(preview.labels.length, 1);
  return (
    <div style={{ overflowX: 'auto' }}>
      <table className="table" aria-label="Preview">
        <thead>
          <tr>
            <th scope="col">Row</th><th scope="col">Result</th>
            {preview.labels.map((label) => <th key={label} scope="col">{label}</th>)}
          </tr>
        </thead>
        {preview.rows.map((row) => {
          const [tone, text] = statusBadge[row.status];
          return (
            <tbody key={row.rowNumber}>
              <tr>
                <td className="num">{row.rowNumber}</td>
                <td><span className={`badge ${tone}`}>{text}</span></td>
                {row.values.length > 0
                  ? row.values.map((v, i) => <td key={preview.labels[i] ?? i}>{v}</td>)
                  : <td colSpan={width} className={row.status === 'rejected' ? 'error' : 'muted'} style={{ whiteSpace: 'normal' }}>{row.note}</td>}
              </tr>
              {row.values.length > 0 && row.note !== '' ? (
                <tr><td /><td /><td colSpan={width} className="muted" style={{ whiteSpace: 'normal', paddingTop: 0 }}>{row.note}</td></tr>
              ) : null}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
