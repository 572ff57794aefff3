import type { Department, Escalation, EscalationStatus } from '../../../../../shared/domain/escalation';
import { data, db } from '../../../db/instance';

/** What a person enters to open an escalation. */
export type EscalationInput = Pick<Escalation, 'accountId' | 'title' | 'description' | 'severity' | 'departments' | 'ownerId' | 'targetResolutionDate'>;

/** Opens an escalation and starts its timeline. */
export async function openEscalation(input: EscalationInput, authorId: string | null): Promise<string> {
  const openedAt = new Date().toISOString();
  const id = await data.create('escalations', { ...input, openedAt, status: 'open', rootCause: '', resolution: '', resolvedAt: null, deleted: false });
  await addEscalationEvent(id, { kind: 'note', department: null, body: `Escalation opened (${input.severity})` }, authorId);
  return id;
}

/** A timeline entry a person adds. */
export type EscalationEventInput = { kind: 'customer_update' | 'internal_action' | 'note'; department: Department | null; body: string };

/** Adds an entry to an escalation's timeline (a customer update resets the update clock). */
export async function addEscalationEvent(escalationId: string, input: EscalationEventInput, authorId: string | null): Promise<string> {
  const escalation = await db.escalations.get(escalationId);
  if (!escalation) throw new Error('That escalation no longer exists');
  return data.create('escalationEvents', {
    escalationId, accountId: escalation.accountId, ...input, fromStatus: null, toStatus: null, at: new Date().toISOString(), authorId, deleted: false,
  });
}

/** Moves an escalation to another status and records the change on its timeline. */
export async function changeEscalationStatus(escalationId: string, status: EscalationStatus, authorId: string | null): Promise<void> {
  const escalation = await db.escalations.get(escalationId);
  if (!escalation || escalation.status === status) return;
  const done = status === 'resolved' || status === 'closed';
  await data.update('escalations', escalationId, { status, resolvedAt: done ? escalation.resolvedAt ?? new Date().toISOString() : null });
  await data.create('escalationEvents', {
    escalationId, accountId: escalation.accountId, kind: 'status_change', department: null, body: `Status: ${escalation.status.replace(/_/g, ' ')} → ${status.replace(/_/g, ' ')}`,
    fromStatus: escalation.status, toStatus: status, at: new Date().toISOString(), authorId, deleted: false,
  });
}

/** Resolves an escalation with what was done, and creates the follow-up commitments asked for. */
export async function resolveEscalation(
  escalationId: string,
  resolution: { rootCause: string; resolution: string; followUps: { title: string; dueDate: string }[] },
  authorId: string | null,
): Promise<void> {
  const escalation = await db.escalations.get(escalationId);
  if (!escalation) throw new Error('That escalation no longer exists');
  await data.update('escalations', escalationId, { rootCause: resolution.rootCause, resolution: resolution.resolution });
  await changeEscalationStatus(escalationId, 'resolved', authorId);
  for (const followUp of resolution.followUps) {
    await data.create('commitments', {
      accountId: escalation.accountId, title: followUp.title, details: `Follow-up of escalation "${escalation.title}"`, owedBy: 'us', ownerId: authorId,
      toContactId: null, dueDate: followUp.dueDate, dueTime: null, sourceKind: 'escalation', sourceId: escalationId, status: 'open',
      renegotiatedReason: '', customerConfirmed: false, completedAt: null, createdAt: new Date().toISOString(), deleted: false,
    });
  }
}
