import type { CommitmentStatus } from '../../../../../shared/domain/commitment';
import { ratingToAssessment, type Review } from '../../../../../shared/domain/review';
import type { LeadInput } from '../../../../../shared/domain/expansion/expansion-rules';
import { planMeetingLead } from '../../../../../shared/domain/review/meeting-lead';
import { data } from '../../../db/instance';
import { newRecordId } from '../../../lib/ids';

/** What planning a review writes. */
export type ReviewPlanInput = Pick<Review, 'accountId' | 'kind' | 'title' | 'scheduledAt' | 'placeKind' | 'place' | 'attendeeContactIds' | 'attendeeMemberIds' | 'objectives' | 'agendaItems'>;

/** Plans a review (status planned); returns its id. A refused field throws a ValidationError naming it. */
export async function planReview(input: ReviewPlanInput): Promise<string> {
  return data.command((w) => w.create('reviews', { ...input, status: 'planned' }));
}

/** What editing a planned review changes (the account stays). */
export type ReviewPlanEdit = Omit<ReviewPlanInput, 'accountId'>;

/** Saves an edited plan as one update of the review (only the changed fields sync). */
export async function editPlannedReview(id: string, edit: ReviewPlanEdit): Promise<void> {
  await data.command((w) => w.update('reviews', id, edit));
}

/** Cancels a planned review: it leaves the upcoming list and stays among past reviews as cancelled. */
export async function cancelReview(id: string): Promise<void> {
  await data.update('reviews', id, { status: 'cancelled' });
}

/** Saves some fields of a review (only the changed fields sync). */
export async function saveReview(id: string, patch: Partial<Omit<Review, 'id'>>): Promise<void> {
  await data.update('reviews', id, patch);
}

/** A commitment made in a meeting: who owes it, to or from whom, by when. */
export type MeetingCommitmentInput = { title: string; details: string; owedBy: 'us' | 'customer'; ownerId: string | null; contactId: string | null; dueDate: string };

/**
 * Records a commitment made in a review and saves the meeting's current notes with it, as one command:
 * both are written, or neither is. Returns the commitment's id.
 */
export async function commitInMeeting(review: Pick<Review, 'id' | 'accountId'>, notes: Pick<Review, 'agendaItems' | 'notes' | 'assessmentComment'>, input: MeetingCommitmentInput): Promise<string> {
  const status: CommitmentStatus = 'open';
  return data.command(async (w) => {
    const id = await w.create('commitments', {
      accountId: review.accountId, title: input.title, details: input.details, owedBy: input.owedBy,
      ownerId: input.owedBy === 'us' ? input.ownerId : null, toContactId: input.contactId, dueDate: input.dueDate,
      sourceKind: 'review', sourceId: review.id, status,
    });
    await w.update('reviews', review.id, { agendaItems: notes.agendaItems, notes: notes.notes, assessmentComment: notes.assessmentComment });
    return id;
  });
}

/** Ends a meeting: the review is held, with its notes, assessment (1–5, also on the health score's 0–100 scale) and follow-up, in one write. */
export async function endMeeting(reviewId: string, fields: Pick<Review, 'agendaItems' | 'notes' | 'assessmentComment' | 'healthRating' | 'followUpSummary'>, heldAt: string): Promise<void> {
  await data.update('reviews', reviewId, { ...fields, status: 'held', heldAt, managerAssessment: ratingToAssessment(fields.healthRating) });
}

/** What flagging an expansion lead in a meeting asks (the account is the one met; the source is the meeting). */
export type MeetingLeadInput = Omit<LeadInput, 'source' | 'accountId'>;

/**
 * Flags an expansion lead raised in a review and saves the meeting's current notes with it, as one
 * command. The lead is then on the Leads screen and the account page like any other. Returns its id.
 */
export async function flagLeadInMeeting(review: Pick<Review, 'id' | 'accountId'>, notes: Pick<Review, 'agendaItems' | 'notes' | 'assessmentComment'>, input: MeetingLeadInput, ownerId: string | null): Promise<string> {
  const id = newRecordId();
  await data.apply(planMeetingLead({ ...input, accountId: review.accountId }, id, ownerId, new Date().toISOString(), review, notes));
  return id;
}
