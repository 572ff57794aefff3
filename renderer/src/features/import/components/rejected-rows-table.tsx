import type { RejectedRow } from '../../../../../shared/import/import-plan';

/** Props of RejectedRowsTable. */
export type RejectedRowsTableProps = { rejected: RejectedRow[]; limit?: number };

/** Every reason a row was rejected: its spreadsheet row number, the column and why. */
export function RejectedRowsTable({ rejected, limit = 500 }: RejectedRowsTableProps) {
  const errors = rejected.flatMap((r) => r.errors);
  return (
    <>
      <table className="table" aria-label="Rejected rows">
        <thead>
          <tr><th scope="col">Row</th><th scope="col">Column</th><th scope="col">Value</th><th scope="col">Why</th></tr>
        </thead>
        <tbody>
          {errors.slice(0, limit).map((e, i) => (
            <tr key={`${e.rowNumber}-${e.column}-${i}`}>
              <td className="num">{e.rowNumber}</td>
              <td>{e.column}</td>
              <td>{e.value}</td>
              <td style={{ whiteSpace: 'normal' }}>{e.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {errors.length > limit ? <p className="muted">Showing the first {limit.toLocaleString()} of {errors.length.toLocaleString()} problems: download the rejected rows to see them all.</p> : null}
    </>
  );
}
