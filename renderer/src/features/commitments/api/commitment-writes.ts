import type { Commitment } from '../../../../../shared/domain/commitment';
import { data, db } from '../../../db/instance';
import { useToasts } from '../../../lib/toast';

/** What a person enters for a new commitment. */
export type CommitmentInput = Pick<Commitment, 'title' | 'accountId' | 'owedBy' | 'ownerId' | 'dueDate'> & Partial<Pick<Commitment, 'details' | 'toContactId' | 'dueTime' | 'sourceKind' | 'sourceId' | 'customerConfirmed' | 'remindAt'>>;

/** The fields of a commitment that can be edited after it was made. */
export type CommitmentEdit = Partial<Pick<Commitment, 'title' | 'accountId' | 'owedBy' | 'ownerId' | 'toContactId' | 'dueDate' | 'dueTime' | 'details'>>;

/** Records a promise; private ones stay on the owner's devices and server space. */
export function createCommitment(input: CommitmentInput, options: { private?: boolean } = {}): Promise<string> {
  return data.create('commitments', input, { space: options.private ? 'private' : 'team' });
}

/** Changes what was promised, to whom, by whom or by when. */
export function editCommitment(id: string, edit: CommitmentEdit): Promise<void> {
  return data.update('commitments', id, edit);
}

/** Applies a status change and offers Undo in a toast, putting back the status and completion time. */
async function finish(id: string, title: string, status: Commitment['status'], verb: string): Promise<void> {
  const before = await db.commitments.get(id);
  if (!before) return;
  await data.update('commitments', id, { status, completedAt: status === 'cancelled' ? before.completedAt : new Date().toISOString() });
  useToasts.getState().show({
    message: `${verb} "${title}"`, actionLabel: 'Undo',
    action: () => void data.update('commitments', id, { status: before.status, completedAt: before.completedAt }),
  });
}

/** Marks a commitment kept, now, with Undo. */
export function markKept(id: string, title: string): Promise<void> {
  return finish(id, title, 'kept', 'Kept');
}

/** Marks a commitment slipped (missed), now, with Undo. */
export function markSlipped(id: string, title: string): Promise<void> {
  return finish(id, title, 'slipped', 'Slipped');
}

/** Cancels a commitment, with Undo. */
export function cancelCommitment(id: string, title: string): Promise<void> {
  return finish(id, title, 'cancelled', 'Cancelled');
}

/** Moves a commitment to a new date, with the reason given to the customer. */
export function renegotiate(id: string, dueDate: string, reason: string, dueTime: string | null = null): Promise<void> {
  return data.update('commitments', id, { status: 'renegotiated', dueDate, dueTime, renegotiatedReason: reason });
}

/** Records whether the customer confirmed the commitment. */
export function setConfirmed(id: string, confirmed: boolean): Promise<void> {
  return data.update('commitments', id, { customerConfirmed: confirmed });
}

/** Sets (or, with null, clears) when to remind the owner; snoozing is setting it later. */
export function setReminder(id: string, remindAt: string | null): Promise<void> {
  return data.update('commitments', id, { remindAt });
}
