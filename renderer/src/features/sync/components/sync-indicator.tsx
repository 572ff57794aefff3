import { useSyncStatus } from '../stores/sync-status';
import { useSyncFacts } from '../api/use-sync-facts';
import { syncFraction } from '../../../../../shared/sync/sync-progress';

/** Always-visible sync state: synced, waiting offline, syncing with progress, or the problem to act on. */
export function SyncIndicator() {
  const { state, message, progress, serverVersion } = useSyncStatus();
  const fraction = state === 'syncing' && progress ? syncFraction(progress, serverVersion) : null;
  const { pending, conflicts, rejections } = useSyncFacts();
  const clockOff = rejections.some((r) => r.reason === 'clock_skew');
  const waiting = `${pending} change${pending === 1 ? '' : 's'} waiting`;
  let text: string;
  let tone = 'muted';
  switch (state) {
    case 'local': text = 'Local only · stored on this device'; break;
    case 'syncing': text = progress ? `Syncing… ${fraction === null ? '' : `${Math.floor(fraction * 100)}% · `}${progress.phase === 'pulling' ? `${progress.done.toLocaleString()} received` : `${progress.done.toLocaleString()} of ${progress.total?.toLocaleString() ?? '?'} sent`}` : 'Syncing…'; break;
    case 'idle': text = pending > 0 ? `${waiting}` : 'All changes synced'; break;
    case 'offline': text = `${waiting} — offline`; tone = 'warn'; break;
    case 'signed-out': text = `Sync paused: ${message ?? 'sign in again'}`; tone = 'warn'; break;
    default: text = `Sync problem: ${message ?? 'unknown'}`; tone = 'error';
  }
  if (clockOff) { text = "Sync problem: this computer's clock is more than a day off — set the right date and time"; tone = 'error'; }
  return (
    <div role="status" aria-label="Sync status" className={`sync-indicator ${tone}`}>
      {text}
      {fraction === null ? null : <progress className="sync-progress" value={fraction} max={1} aria-label="Sync progress" />}
      {conflicts.length > 0 ? <span className="badge warn"> {conflicts.length} conflict{conflicts.length === 1 ? '' : 's'}</span> : null}
    </div>
  );
}
