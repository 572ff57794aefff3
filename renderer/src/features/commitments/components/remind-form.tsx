import { useState } from 'react';
import type { Commitment } from '../../../../../shared/domain/commitment';
import { readDueLine } from '../../../../../shared/domain/due-phrase';
import { instantAt } from '../../../../../shared/domain/local-date';
import { userZone } from '../../../lib/now';
import { setReminder } from '../api/commitment-writes';

/** Props of RemindForm. */
export type RemindFormProps = { commitment: Commitment; today: string; onDone: () => void };

/** "Remind me tomorrow 9:00": sets when to be reminded (a synced field of the commitment); clears it too. */
export function RemindForm({ commitment: c, today, onDone }: RemindFormProps) {
  const [when, setWhen] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    // The phrase is read like a quick-add line's end: "x tomorrow 9:00".
    const read = readDueLine(`x ${when.trim()}`, today);
    if (read.problem) { setError(read.problem); return; }
    if (read.dueDate === null || read.title !== 'x') { setError('Say when, like "tomorrow 9:00", "fri 3pm" or "eod"'); return; }
    await setReminder(c.id, new Date(instantAt(read.dueDate, read.dueTime ?? '09:00', userZone)).toISOString());
    onDone();
  };
  return (
    <form className="toolbar" onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <input className="input" aria-label={`Remind me about ${c.title} at`} placeholder="tomorrow 9:00" value={when} onChange={(e) => setWhen(e.target.value)} />
      <button type="submit" className="button">Remind me</button>
      {c.remindAt ? <button type="button" className="link" onClick={() => void setReminder(c.id, null).then(onDone)}>No reminder</button> : null}
      <button type="button" className="link" onClick={onDone}>Cancel</button>
      {error ? <span className="error" role="alert">{error}</span> : null}
    </form>
  );
}
