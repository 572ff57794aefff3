import { useState, type ReactNode } from 'react';
import { reviewKindLabels } from '../../../../../shared/domain/review';
import { reviewsWithinDays } from '../../../../../shared/domain/review/trip';
import { Dialog } from '../../../components/ui/dialog';
import { FormField } from '../../../components/ui/form-field';
import { localToday, showDateTime } from '../../../lib/format';
import type { PdfPageSize } from '../../../lib/pdf';
import { describeError } from '../../../lib/storage-error';
import { exportTripPack } from '../api/export-trip';
import { useReviewRows } from '../api/use-reviews';

/** Props of TripDialog. */
export type TripDialogProps = { onClose: () => void; /** Whether this device holds the team's latest data (composed by the app from the sync feature). */ syncNotice?: ReactNode };

/** "Prepare a trip": the reviews of the next N days, each account's pre-visit brief and each review's pack as PDFs, saved together, with progress. */
export function TripDialog({ onClose, syncNotice }: TripDialogProps) {
  const rows = useReviewRows();
  const [days, setDays] = useState(14);
  const [pageSize, setPageSize] = useState<PdfPageSize>('A4');
  const [skipped, setSkipped] = useState<string[]>([]);
  const [done, setDone] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const trip = reviewsWithinDays(rows ?? [], localToday(), Number.isFinite(days) ? days : 0);
  const chosen = trip.filter((r) => !skipped.includes(r.id));
  const run = async () => {
    setDone(0);
    setMessage(null);
    try {
      const result = await exportTripPack(chosen, pageSize, setDone);
      const where = result.path ? `in ${result.path}` : 'in one ZIP file';
      setMessage(result.saved ? `Saved ${result.files} files (a brief per account and a pack per review) ${where}.` : 'Cancelled.');
    } catch (e) {
      setMessage(`Could not build the trip pack: ${describeError(e)}`);
    }
    setDone(null);
  };
  return (
    <Dialog title="Prepare a trip" onClose={onClose} wide>
      {syncNotice}
      <div className="form-grid">
        <FormField label="Reviews in the next (days)" htmlFor="trip-days">
          <input id="trip-days" type="number" min={1} max={90} value={days} onChange={(e) => setDays(Math.max(1, Math.min(90, Number(e.target.value) || 1)))} />
        </FormField>
        <FormField label="Paper size" htmlFor="trip-size">
          <select id="trip-size" value={pageSize} onChange={(e) => setPageSize(e.target.value === 'LETTER' ? 'LETTER' : 'A4')}><option value="A4">A4</option><option value="LETTER">Letter</option></select>
        </FormField>
      </div>
      {trip.length === 0 ? <p className="muted">No review planned in the next {days} days.</p> : (
        <ul className="list" aria-label="Reviews on this trip">
          {trip.map((r) => (
            <li key={r.id}>
              <label className="check"><input type="checkbox" checked={!skipped.includes(r.id)} onChange={() => setSkipped(skipped.includes(r.id) ? skipped.filter((x) => x !== r.id) : [...skipped, r.id])} />{r.accountName}</label>
              <span className="badge">{reviewKindLabels[r.kind]}</span><span className="muted end">{showDateTime(r.scheduledAt)}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="muted">Each account gets a pre-visit brief (what changed since the last visit) and each review its pack, built from the data on this device, so it works offline. The desktop app asks where to put a new folder for the trip; the browser downloads one ZIP file.</p>
      {done !== null ? (
        <div className="field"><progress className="progress" aria-label="Building review packs" max={Math.max(chosen.length, 1)} value={done} /><span className="muted">{done} of {chosen.length} packs</span></div>
      ) : null}
      {message ? <p role="status">{message}</p> : null}
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose}>Close</button>
        <button type="button" className="button primary" disabled={chosen.length === 0 || done !== null} onClick={() => void run()}>Export {chosen.length} pack{chosen.length === 1 ? '' : 's'}</button>
      </div>
    </Dialog>
  );
}
