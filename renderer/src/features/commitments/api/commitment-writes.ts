import type { Commitment } from '../../../../../shared/domain/commitment';
import { data, db } from '../../../db/instance';
import { useToasts } from '../../../lib/toast';

/** What a person enters for a new commitment. */
export type CommitmentInput = Pick<Commitment, 'title' | 'accountId' | 'owedBy' | 'ownerId' | 'dueDate'> & Partial<Pick<Commitment, 'details' | 'toContactId' | 'dueTime' | 'sourceKind' | 'sourceId' | 'customerConfirmed'>>;

/** Records a promise; private ones stay on the owner's devices and server space. */
export function createCommitment(input: CommitmentInput, options: { private?: boolean } = {}): Promise<string> {
  return data.create('commitments', input, { space: options.private ? 'private' : 'team' });
}

/** Marks a commitment kept, now. */
export function markKept(id: string): Promise<void> {
  return data.update('commitments', id, { status: 'kept', completedAt: new Date().toISOString() });
}

/** Marks a commitment slipped (missed), now. */
export function markSlipped(id: string): Promise<void> {
  return data.update('commitments', id, { status: 'slipped', completedAt: new Date().toISOString() });
}

/** Moves a commitment to a new date, with the reason given to the customer. */
export function renegotiate(id: string, dueDate: string, reason: string): Promise<void> {
  return data.update('commitments', id, { status: 'renegotiated', dueDate, renegotiatedReason: reason });
}

/** Cancels a commitment, with Undo. */
export async function cancelCommitment(id: string, title: string): Promise<void> {
  const before = await db.commitments.get(id);
  await data.update('commitments', id, { status: 'cancelled' });
  useToasts.getState().show({ message: `Cancelled "${title}"`, actionLabel: 'Undo', action: () => void data.update('commitments', id, { status: before?.status ?? 'open' }) });
}

/** Records whether the customer confirmed the commitment. */
export function setConfirmed(id: string, confirmed: boolean): Promise<void> {
  return data.update('commitments', id, { customerConfirmed: confirmed });
}
