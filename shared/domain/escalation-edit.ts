import type { Escalation } from './escalation';

/** The fields of an escalation a person can change after opening it. */
export type EscalationEditable = Pick<Escalation, 'title' | 'description' | 'severity' | 'departments' | 'ownerId' | 'targetResolutionDate'>;

/** What an edit writes: only the fields that changed, and the timeline note a severity change needs. */
export type EscalationEditPlan = { changes: Partial<EscalationEditable>; timelineNote: string | null };

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/**
 * Plans an edit of an opened escalation: the changed fields only (an unchanged form writes nothing), and
 * a timeline note when the severity moves, since it changes the customer-update cadence and the urgency.
 */
export function escalationEditPlan(before: EscalationEditable, after: EscalationEditable): EscalationEditPlan {
  const changes: Partial<EscalationEditable> = {};
  if (after.title !== before.title) changes.title = after.title;
  if (after.description !== before.description) changes.description = after.description;
  if (after.severity !== before.severity) changes.severity = after.severity;
  if (!sameList(after.departments, before.departments)) changes.departments = [...after.departments];
  if (after.ownerId !== before.ownerId) changes.ownerId = after.ownerId;
  if (after.targetResolutionDate !== before.targetResolutionDate) changes.targetResolutionDate = after.targetResolutionDate;
  const timelineNote = changes.severity ? `Severity: ${before.severity} → ${after.severity}` : null;
  return { changes, timelineNote };
}
