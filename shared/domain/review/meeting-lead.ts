import type { Contact } from '../contact';
import { planFlagLead, type LeadInput } from '../expansion/expansion-rules';
import { localDateOf } from '../local-date';
import type { Review } from '../review';
import { planUpdate, type WritePlan } from '../write-plan';
import { shortDate } from './agenda';

/** The evidence a lead flagged in a meeting starts with: the line, and where and when it was raised. */
export function meetingLeadEvidence(line: string, review: Pick<Review, 'title' | 'scheduledAt'>, zone: string): string {
  const raised = `Raised in ${review.title} on ${shortDate(localDateOf(review.scheduledAt, zone))}`;
  return line.trim() ? `${line.trim()}\n${raised}` : raised;
}

/** Who can champion a lead flagged in a meeting: the stakeholders attending, and the one to preselect (the attending champion, if any). */
export function meetingLeadChampions(contacts: readonly Contact[], attendeeIds: readonly string[]): { choices: Contact[]; preselected: string | null } {
  const choices = contacts.filter((c) => !c.deleted && attendeeIds.includes(c.id));
  return { choices, preselected: choices.find((c) => c.role === 'champion')?.id ?? null };
}

/**
 * Flagging an expansion lead from meeting mode: the new lead (identified, source "meeting", owned by
 * whoever flagged it) and the meeting's current notes, written together as one command.
 */
export function planMeetingLead(
  lead: Omit<LeadInput, 'source'>, leadId: string, ownerId: string | null, at: string,
  review: Pick<Review, 'id' | 'accountId'>, notes: Pick<Review, 'agendaItems' | 'notes' | 'assessmentComment'>,
): WritePlan {
  if (lead.accountId !== review.accountId) throw new Error('A lead flagged in a meeting belongs to the account met');
  return [
    ...planFlagLead({ ...lead, source: 'meeting' }, leadId, ownerId, at),
    planUpdate('reviews', review.id, { agendaItems: notes.agendaItems, notes: notes.notes, assessmentComment: notes.assessmentComment }),
  ];
}
