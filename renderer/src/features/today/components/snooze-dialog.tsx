import { useState } from 'react';
import { addDays } from '../../../../../shared/domain/local-date';
import { Dialog } from '../../../components/ui/dialog';
import { useSnoozes } from '../stores/snooze-store';

/** Props of SnoozeDialog. */
export type SnoozeDialogProps = { accountId: string; accountName: string; today: string; onClose: () => void };

/** Put an account aside until a date, saying why (it comes back on that day, or earlier if woken). */
export function SnoozeDialog({ accountId, accountName, today, onClose }: SnoozeDialogProps) {
  const snooze = useSnoozes((s) => s.snooze);
  const [until, setUntil] = useState(addDays(today, 7));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = () => {
    if (!reason.trim()) { setError('Say why, so you remember when it comes back'); return; }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(until) || until <= today) { setError('Pick a date after today'); return; }
    snooze(accountId, { until, reason: reason.trim() });
    onClose();
  };
  return (
    <Dialog title={`Snooze ${accountName}`} onClose={onClose}>
      <form onSubmit={(e) => { e.preventDefault(); save(); }} noValidate>
        <div className="form-grid">
          <label className="field" htmlFor="snooze-until">Until<input id="snooze-until" className="input" type="date" value={until} min={addDays(today, 1)} onChange={(e) => setUntil(e.target.value)} /></label>
          <label className="field span-2" htmlFor="snooze-reason">Why<input id="snooze-reason" className="input" value={reason} placeholder="e.g. Champion on leave until the 10th" onChange={(e) => setReason(e.target.value)} /></label>
        </div>
        {error ? <p className="error" role="alert">{error}</p> : null}
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="button primary">Snooze</button>
        </div>
      </form>
    </Dialog>
  );
}
