import type { ImportPreview } from '../../../../../shared/import/preview';

/** Props of ImportPreviewTable. */
export type ImportPreviewTableProps = { preview: ImportPreview };

const statusBadge = { new: ['ok', 'New'], update: ['warn', 'Update'], unchanged: ['', 'No change'], rejected: ['danger', 'Rejected'] } as const;

/** The first rows of the file exactly as they will be imported. */
export function ImportPreviewTable({ preview }: ImportPreviewTableProps) {
  return (
    <div style={{ overflowX: 'auto' }}>
      <table className="table" aria-label="Preview">
        <thead>
          <tr>
            <th scope="col">Row</th><th scope="col">Result</th>
            {preview.labels.map((label) => <th key={label} scope="col">{label}</th>)}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) => {
            const [tone, text] = statusBadge[row.status];
            return (
              <tr key={row.rowNumber}>
                <td className="num">{row.rowNumber}</td>
                <td><span className={`badge ${tone}`}>{text}</span></td>
                {row.values.length > 0
                  ? row.values.map((v, i) => <td key={preview.labels[i] ?? i}>{v}</td>)
                  : <td colSpan={Math.max(preview.labels.length, 1)} className={row.status === 'rejected' ? 'error' : 'muted'} style={{ whiteSpace: 'normal' }}>{row.note}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
