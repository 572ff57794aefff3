import type { Department, Escalation, EscalationStatus } from './escalation';
import { planCreate, planUpdate, type WritePlan } from './write-plan';

/** What a person enters to open an escalation. */
export type EscalationInput = Pick<Escalation, 'accountId' | 'title' | 'description' | 'severity' | 'departments' | 'ownerId' | 'targetResolutionDate'>;

/** Who acts, when, and the ids a plan may give to the records it creates. */
export type Actor = { authorId: string | null; at: string; newId: () => string };

const label = (status: EscalationStatus) => status.replace(/_/g, ' ');

/** Opening an escalation: the escalation, and the first line of its timeline. */
export function planOpenEscalation(input: EscalationInput, actor: Actor): { id: string; plan: WritePlan } {
  const id = actor.newId();
  return {
    id,
    plan: [
      planCreate('escalations', id, { ...input, openedAt: actor.at, status: 'open' }),
      planCreate('escalationEvents', actor.newId(), { escalationId: id, accountId: input.accountId, kind: 'note', body: `Escalation opened (${input.severity})`, at: actor.at, authorId: actor.authorId }),
    ],
  };
}

/** Moving an escalation to another status, recorded on its timeline (nothing when it is already there). */
export function planStatusChange(escalation: Escalation, status: EscalationStatus, actor: Actor): WritePlan {
  if (escalation.status === status) return [];
  const done = status === 'resolved' || status === 'closed';
  return [
    planUpdate('escalations', escalation.id, { status, resolvedAt: done ? escalation.resolvedAt ?? actor.at : null }),
    planCreate('escalationEvents', actor.newId(), {
      escalationId: escalation.id, accountId: escalation.accountId, kind: 'status_change', body: `Status: ${label(escalation.status)} → ${label(status)}`,
      fromStatus: escalation.status, toStatus: status, at: actor.at, authorId: actor.authorId,
    }),
  ];
}

/** What a person records when resolving an escalation. */
export type Resolution = { rootCause: string; resolution: string; followUps: { title: string; dueDate: string }[] };

/** Resolving an escalation: root cause and resolution, the status change, and the follow-up commitments asked for. */
export function planResolveEscalation(escalation: Escalation, resolution: Resolution, actor: Actor): WritePlan {
  return [
    planUpdate('escalations', escalation.id, { rootCause: resolution.rootCause, resolution: resolution.resolution }),
    ...planStatusChange(escalation, 'resolved', actor),
    ...resolution.followUps.map((f) => planCreate('commitments', actor.newId(), {
      accountId: escalation.accountId, title: f.title, details: `Follow-up of escalation "${escalation.title}"`, owedBy: 'us', ownerId: actor.authorId,
      dueDate: f.dueDate, sourceKind: 'escalation', sourceId: escalation.id, createdAt: actor.at,
    })),
  ];
}

/** A timeline entry a person adds. */
export type EscalationEventInput = { kind: 'customer_update' | 'internal_action' | 'note'; department: Department | null; body: string };

/** Adding an entry to an escalation's timeline (a customer update resets the update clock). */
export function planTimelineEntry(escalation: Pick<Escalation, 'id' | 'accountId'>, input: EscalationEventInput, actor: Actor): { id: string; plan: WritePlan } {
  const id = actor.newId();
  return { id, plan: [planCreate('escalationEvents', id, { escalationId: escalation.id, accountId: escalation.accountId, ...input, at: actor.at, authorId: actor.authorId })] };
}
