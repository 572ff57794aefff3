import { useState } from 'react';
import type { Commitment } from '../../../../../shared/domain/commitment';
import { describeDaysFrom } from '../../../../../shared/domain/calendar';
import { parseDueDate } from '../../../../../shared/domain/natural-date';
import { cancelCommitment, markKept, markSlipped, renegotiate } from '../api/commitment-writes';

/** Props of CommitmentRow. */
export type CommitmentRowProps = { commitment: Commitment; accountName: string; ownerName: string; today: string; overdue: boolean };

/** One commitment in a list, with its actions: kept, slipped, move to a new date (with a reason), cancel. */
export function CommitmentRow({ commitment: c, accountName, ownerName, today, overdue }: CommitmentRowProps) {
  const [moving, setMoving] = useState(false);
  const [when, setWhen] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const open = c.status === 'open' || c.status === 'renegotiated';
  const move = async () => {
    const due = parseDueDate(when, today);
    if (!due.ok) { setError(due.message); return; }
    if (!reason.trim()) { setError('Say why the date moves (the customer will ask)'); return; }
    await renegotiate(c.id, due.date, reason.trim());
    setMoving(false);
  };
  return (
    <tr>
      <td>{c.title}{c.status === 'renegotiated' ? <span className="muted"> · moved: {c.renegotiatedReason}</span> : null}</td>
      <td>{accountName}</td>
      <td>{c.owedBy === 'customer' ? 'Customer' : ownerName}</td>
      <td><span className={overdue ? 'badge danger' : 'badge'}>{describeDaysFrom(today, c.dueDate)}</span></td>
      <td>{open ? (moving ? (
        <form className="toolbar" onSubmit={(e) => { e.preventDefault(); void move(); }}>
          <input className="input" aria-label={`New date for ${c.title}`} placeholder="fri, in 2 weeks, 2027-01-15" value={when} onChange={(e) => setWhen(e.target.value)} />
          <input className="input" aria-label={`Reason for moving ${c.title}`} placeholder="Reason" value={reason} onChange={(e) => setReason(e.target.value)} />
          <button type="submit" className="button">Move</button>
          <button type="button" className="link" onClick={() => setMoving(false)}>Cancel</button>
          {error ? <span className="error" role="alert">{error}</span> : null}
        </form>
      ) : (
        <span className="toolbar">
          <button type="button" className="button" aria-label={`Mark "${c.title}" kept`} onClick={() => void markKept(c.id)}>Kept</button>
          <button type="button" className="link" aria-label={`Move "${c.title}" to a new date`} onClick={() => setMoving(true)}>New date…</button>
          <button type="button" className="link" aria-label={`Mark "${c.title}" slipped`} onClick={() => void markSlipped(c.id)}>Slipped</button>
          <button type="button" className="link" aria-label={`Cancel "${c.title}"`} onClick={() => void cancelCommitment(c.id, c.title)}>Cancel</button>
        </span>
      )) : <span className={c.status === 'kept' ? 'badge ok' : 'badge'}>{c.status}</span>}</td>
    </tr>
  );
}
