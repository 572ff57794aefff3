import type { Commitment } from '../../../shared/domain/commitment';
import type { Escalation, EscalationEvent } from '../../../shared/domain/escalation';
import { db } from './instance';

/** Commitments still to be kept (open or renegotiated to a new date), deleted ones included for the caller to drop. */
export async function readOpenCommitments(): Promise<Commitment[]> {
  // Two equality scans beat anyOf(), which some IndexedDB implementations run as a slow multi-range cursor.
  const [open, renegotiated] = await Promise.all([
    db.commitments.where('status').equals('open').toArray(),
    db.commitments.where('status').equals('renegotiated').toArray(),
  ]);
  return open.concat(renegotiated);
}

/** Escalations not yet resolved or closed, deleted ones included for the caller to drop. */
export function readOpenEscalations(): Promise<Escalation[]> {
  return db.escalations.where('status').noneOf(['resolved', 'closed']).toArray();
}

/** Timeline events of the given escalations. */
export function readEscalationEvents(escalationIds: string[]): Promise<EscalationEvent[]> {
  return db.escalationEvents.where('escalationId').anyOf(escalationIds).toArray();
}
