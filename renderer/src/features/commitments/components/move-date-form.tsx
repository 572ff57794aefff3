import { useState } from 'react';
import type { Commitment } from '../../../../../shared/domain/commitment';
import { parseDueTime } from '../../../../../shared/domain/due-phrase';
import { parseDueDate } from '../../../../../shared/domain/natural-date';
import { renegotiate } from '../api/commitment-writes';

/** Props of MoveDateForm. */
export type MoveDateFormProps = { commitment: Commitment; today: string; onDone: () => void };

/** Moves a promise to a new date (and time), with the reason the customer will ask for. */
export function MoveDateForm({ commitment: c, today, onDone }: MoveDateFormProps) {
  const [when, setWhen] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const move = async () => {
    const words = when.trim().split(/\s+/);
    const time = words.length > 1 ? parseDueTime(words[words.length - 1] ?? '') : null;
    const due = parseDueDate(time ? words.slice(0, -1).join(' ') : when, today);
    if (!due.ok) { setError(due.message); return; }
    if (!reason.trim()) { setError('Say why the date moves (the customer will ask)'); return; }
    await renegotiate(c.id, due.date, reason.trim(), time);
    onDone();
  };
  return (
    <form className="toolbar" onSubmit={(e) => { e.preventDefault(); void move(); }}>
      <input className="input" aria-label={`New date for ${c.title}`} placeholder="fri 3pm, in 2 weeks, 2027-01-15" value={when} onChange={(e) => setWhen(e.target.value)} />
      <input className="input" aria-label={`Reason for moving ${c.title}`} placeholder="Reason" value={reason} onChange={(e) => setReason(e.target.value)} />
      <button type="submit" className="button">Move</button>
      <button type="button" className="link" onClick={onDone}>Cancel</button>
      {error ? <span className="error" role="alert">{error}</span> : null}
    </form>
  );
}
