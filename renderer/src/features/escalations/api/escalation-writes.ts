import type { EscalationStatus } from '../../../../../shared/domain/escalation';
import {
  planOpenEscalation, planResolveEscalation, planStatusChange, planTimelineEntry,
  type Actor, type EscalationEventInput, type EscalationInput, type Resolution,
} from '../../../../../shared/domain/escalation-workflows';
import { escalationEditPlan, type EscalationEditable } from '../../../../../shared/domain/escalation-edit';
import { planCreate, planUpdate } from '../../../../../shared/domain/write-plan';
import { data, db } from '../../../db/instance';
import { newRecordId } from '../../../lib/ids';

export type { EscalationEventInput, EscalationInput } from '../../../../../shared/domain/escalation-workflows';

const actorNow = (authorId: string | null): Actor => ({ authorId, at: new Date().toISOString(), newId: () => newRecordId() });

async function escalationOf(id: string) {
  const escalation = await db.escalations.get(id);
  if (!escalation) throw new Error('That escalation no longer exists');
  return escalation;
}

/** Opens an escalation and starts its timeline, as one command. */
export async function openEscalation(input: EscalationInput, authorId: string | null): Promise<string> {
  const { id, plan } = planOpenEscalation(input, actorNow(authorId));
  await data.apply(plan);
  return id;
}

/** Adds an entry to an escalation's timeline (a customer update resets the update clock). */
export async function addEscalationEvent(escalationId: string, input: EscalationEventInput, authorId: string | null): Promise<string> {
  const { id, plan } = planTimelineEntry(await escalationOf(escalationId), input, actorNow(authorId));
  await data.apply(plan);
  return id;
}

/** Moves an escalation to another status and records the change on its timeline, as one command. */
export async function changeEscalationStatus(escalationId: string, status: EscalationStatus, authorId: string | null): Promise<void> {
  const escalation = await db.escalations.get(escalationId);
  if (escalation) await data.apply(planStatusChange(escalation, status, actorNow(authorId)));
}

/** What resolving changed, so it can be taken back. */
export type ResolveUndo = { escalationId: string; previousStatus: EscalationStatus; rootCause: string; resolution: string; followUpIds: string[] };

/** Resolves an escalation with what was done and creates the follow-up commitments asked for: all or nothing. */
export async function resolveEscalation(escalationId: string, resolution: Resolution, authorId: string | null): Promise<ResolveUndo> {
  const escalation = await escalationOf(escalationId);
  const plan = planResolveEscalation(escalation, resolution, actorNow(authorId));
  await data.apply(plan);
  const followUpIds = plan.filter((step) => step.op === 'create' && step.entity === 'commitments').map((step) => step.id);
  return { escalationId, previousStatus: escalation.status, rootCause: escalation.rootCause, resolution: escalation.resolution, followUpIds };
}

/** Takes a resolution back, as one command: the previous status (recorded on the timeline), the old texts, the follow-ups removed. */
export async function undoResolve(undo: ResolveUndo, authorId: string | null): Promise<void> {
  const escalation = await escalationOf(undo.escalationId);
  await data.apply([
    ...planStatusChange(escalation, undo.previousStatus, actorNow(authorId)),
    planUpdate('escalations', undo.escalationId, { rootCause: undo.rootCause, resolution: undo.resolution }),
    ...undo.followUpIds.map((id) => planUpdate('commitments', id, { deleted: true })),
  ]);
}

/** Saves an edit of an opened escalation (severity, owner, departments, target date, texts), as one command; a severity change is recorded on its timeline. */
export async function editEscalation(escalationId: string, after: EscalationEditable, authorId: string | null): Promise<void> {
  const escalation = await escalationOf(escalationId);
  const { changes, timelineNote } = escalationEditPlan(escalation, after);
  if (Object.keys(changes).length === 0) return;
  const actor = actorNow(authorId);
  await data.apply([
    planUpdate('escalations', escalationId, changes),
    ...(timelineNote ? [planCreate('escalationEvents', actor.newId(), { escalationId, accountId: escalation.accountId, kind: 'note', body: timelineNote, at: actor.at, authorId })] : []),
  ]);
}
