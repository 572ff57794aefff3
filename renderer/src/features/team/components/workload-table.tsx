import type { Workload } from '../../../../../shared/domain/workload';
import { formatMoney } from '../../../../../shared/domain/money';

/** Props of WorkloadTable. */
export type WorkloadTableProps = {
  rows: Workload[];
  names: Map<string, string>;
  onShowAccounts: (memberId: string) => void;
  onShowCommitments: (memberId: string) => void;
};

/** Per person: accounts and ARR owned, overdue commitments and customer updates, kept-on-time; each links to the filtered list. */
export function WorkloadTable({ rows, names, onShowAccounts, onShowCommitments }: WorkloadTableProps) {
  return (
    <table className="table" aria-label="Workload by person">
      <thead><tr><th scope="col">Person</th><th scope="col">Accounts</th><th scope="col">ARR owned</th><th scope="col">Commitments overdue</th><th scope="col">Customer updates overdue</th><th scope="col">Kept on time</th></tr></thead>
      <tbody>
        {rows.map((r) => {
          const name = names.get(r.memberId) ?? 'Unknown';
          const arr = Object.entries(r.arrByCurrency).sort(([a], [b]) => a.localeCompare(b)).map(([currency, minor]) => formatMoney(minor, currency)).join(' · ');
          return (
            <tr key={r.memberId}>
              <td>{name}</td>
              <td><button type="button" className="link" aria-label={`Accounts of ${name}: ${r.accounts}`} onClick={() => onShowAccounts(r.memberId)}>{r.accounts}</button></td>
              <td>{arr || '—'}</td>
              <td><button type="button" className="link" aria-label={`Commitments of ${name}: ${r.commitmentsOverdue} overdue`} onClick={() => onShowCommitments(r.memberId)}>
                {r.commitmentsOverdue > 0 ? <span className="badge danger">{r.commitmentsOverdue}</span> : '0'}
              </button></td>
              <td>{r.updatesOverdue > 0 ? <span className="badge danger">{r.updatesOverdue}</span> : '0'}</td>
              <td>{r.kept.rate === null ? '—' : `${Math.round(r.kept.rate * 100)}%`} <span className="muted">({r.kept.kept} of {r.kept.due})</span></td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
