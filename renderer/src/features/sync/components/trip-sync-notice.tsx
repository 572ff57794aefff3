import { tripReadiness } from '../../../../../shared/sync/trip-readiness';
import { showDateTime } from '../../../lib/format';
import { useSyncFacts } from '../api/use-sync-facts';
import { syncNow } from '../api/sync-runner';
import { useSyncStatus } from '../stores/sync-status';

/** Before a trip pack is exported: whether this device holds the team's latest data, with "Sync now" when it may not. */
export function TripSyncNotice() {
  const { state, lastSyncAt } = useSyncStatus();
  const { pending } = useSyncFacts();
  const readiness = tripReadiness({ state, pending, lastSyncAt }, showDateTime);
  const canSync = readiness.tone === 'warn' && (state === 'idle' || state === 'offline' || state === 'problem');
  return (
    <p className={`trip-sync ${readiness.tone}`} role="status" aria-label="Sync before the trip">
      {readiness.message}
      {canSync ? <> <button type="button" className="link" onClick={syncNow}>Sync now</button></> : null}
    </p>
  );
}
