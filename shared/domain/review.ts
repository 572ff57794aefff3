import { z } from 'zod';
import { sentiments } from './contact';
import { deletedSchema, isoDateTimeSchema, recordIdSchema, textSchema } from './common';

/** Kinds of business review. */
export const reviewKinds = ['check_in', 'qbr', 'ebr'] as const;
/** A kind of business review. */
export type ReviewKind = (typeof reviewKinds)[number];
/** Display names of the review kinds. */
export const reviewKindLabels: Record<ReviewKind, string> = { check_in: 'Check-in', qbr: 'QBR', ebr: 'EBR' };
/** Review states. */
export const reviewStatuses = ['planned', 'held', 'cancelled'] as const;
/** A review state. */
export type ReviewStatus = (typeof reviewStatuses)[number];

/** Where a review takes place: at the customer's (an address) or on a video call (a link). */
export const reviewPlaceKinds = ['on_site', 'video'] as const;
/** Where a review takes place. */
export type ReviewPlaceKind = (typeof reviewPlaceKinds)[number];

/** What an agenda item was proposed from ('custom' when someone typed it). */
export const agendaSources = ['escalation', 'renewal', 'health', 'commitment', 'expansion', 'custom'] as const;
/** What an agenda item was proposed from. */
export type AgendaSource = (typeof agendaSources)[number];

/** One agenda item: its text, where it came from, whether it was covered, and the notes taken on it. */
export const agendaItemSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  text: z.string().trim().min(1, 'Say what the item is about').max(500, 'Keep an agenda item under 500 characters'),
  source: z.enum(agendaSources),
  sourceId: z.string().max(64).nullable(),
  done: z.boolean(),
  notes: z.string().max(5_000, 'Keep the notes of one item under 5,000 characters'),
});
/** One agenda item of a review. */
export type AgendaItem = z.infer<typeof agendaItemSchema>;

/** The synced fields of a business review. */
export const reviewFields = {
  accountId: recordIdSchema,
  kind: z.enum(reviewKinds),
  title: z.string().trim().min(1, 'Give the review a title').max(300),
  scheduledAt: isoDateTimeSchema,
  status: z.enum(reviewStatuses),
  /** Free-text agenda of records written before agenda items existed. */
  agenda: textSchema,
  /** General notes of the meeting (not tied to an agenda item). */
  notes: textSchema,
  /** The manager's assessment on the health score's 0–100 scale: derived from `healthRating` when one is given. */
  managerAssessment: z.number().int().min(0).max(100).nullable(),
  followUpSummary: textSchema,
  deleted: deletedSchema,
  // Added for review planning: records written before lack them and read with the defaults.
  placeKind: z.enum(reviewPlaceKinds),
  /** The address (on site) or the meeting link (video). */
  place: z.string().max(500, 'Keep the place under 500 characters'),
  attendeeContactIds: z.array(recordIdSchema).max(50),
  attendeeMemberIds: z.array(recordIdSchema).max(50),
  /** What the review should achieve, one per line. */
  objectives: z.string().max(5_000, 'Keep the objectives under 5,000 characters'),
  agendaItems: z.array(agendaItemSchema).max(60, 'An agenda holds at most 60 items'),
  /** How each attending stakeholder came across, by contact id. */
  attendeeSentiments: z.record(z.string(), z.enum(sentiments)),
  /** The manager's own health assessment, 1 (in trouble) to 5 (thriving); null until given. */
  healthRating: z.number().int().min(1, 'Rate from 1 to 5').max(5, 'Rate from 1 to 5').nullable(),
  assessmentComment: z.string().max(5_000),
  /** When the meeting was ended in meeting mode. */
  heldAt: isoDateTimeSchema.nullable(),
};

/** A check-in, QBR or EBR with a customer. */
export const reviewSchema = z.object({ id: recordIdSchema, ...reviewFields });
/** A check-in, QBR or EBR with a customer. */
export type Review = z.infer<typeof reviewSchema>;

/** The fields review planning added, with the value a record written before them reads as. */
export const reviewPlanningDefaults = (): Pick<Review, 'placeKind' | 'place' | 'attendeeContactIds' | 'attendeeMemberIds' | 'objectives' | 'agendaItems' | 'attendeeSentiments' | 'healthRating' | 'assessmentComment' | 'heldAt'> => ({
  placeKind: 'video', place: '', attendeeContactIds: [], attendeeMemberIds: [], objectives: '', agendaItems: [],
  attendeeSentiments: {}, healthRating: null, assessmentComment: '', heldAt: null,
});

/** A stored review with the planning fields it may lack (written before they existed) filled with their defaults. */
export function completeReview(stored: Omit<Review, keyof ReturnType<typeof reviewPlanningDefaults>> & Partial<Review>): Review {
  const defaults = reviewPlanningDefaults();
  const out: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(stored)) if (value !== undefined) out[key] = value;
  return out as Review;
}

/** The health score's 0–100 reading of a 1–5 rating: 1 → 0, 3 → 50, 5 → 100. */
export function ratingToAssessment(rating: number | null): number | null {
  return rating === null ? null : Math.round(((rating - 1) / 4) * 100);
}

/** True when a review is still ahead (planned and not deleted). */
export function isUpcomingReview(r: Pick<Review, 'status' | 'deleted'>): boolean {
  return !r.deleted && r.status === 'planned';
}

/** A held review's notes in one line for the account timeline: each noted agenda item's notes, then the general notes (at most 300 characters). */
export function reviewNotesDigest(r: Pick<Review, 'notes'> & { agendaItems?: readonly AgendaItem[] }): string {
  const parts = [...(r.agendaItems ?? []).filter((i) => i.notes.trim() !== '').map((i) => `${i.text}: ${i.notes.trim().replace(/\s*\n\s*/g, '; ')}`), r.notes.trim().replace(/\s*\n\s*/g, '; ')].filter(Boolean);
  const text = parts.join(' · ');
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}
