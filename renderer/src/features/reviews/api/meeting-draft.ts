import type { Review } from '../../../../../shared/domain/review';
import { saveReview } from './review-writes';

/** What meeting mode edits on every keystroke. */
export type MeetingNotes = Pick<Review, 'agendaItems' | 'notes' | 'assessmentComment'>;

const key = (reviewId: string) => `rapport.meeting-draft.${reviewId}`;

/**
 * Meeting notes are kept twice while typing: synchronously in localStorage on every keystroke (so a
 * reload or a crash a moment later loses nothing) and in the database ~300 ms after typing pauses
 * (and at once on blur or when the page hides). The localStorage copy is dropped once the database has it.
 */
export function createMeetingDraft(reviewId: string, delayMs = 300) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: MeetingNotes | null = null;

  async function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    const notes = pending;
    if (!notes) return;
    pending = null;
    await saveReview(reviewId, notes);
    if (!pending) localStorage.removeItem(key(reviewId));
  }

  return {
    /** Records a change: mirrored now, saved after a pause. */
    change(notes: MeetingNotes): void {
      pending = notes;
      try { localStorage.setItem(key(reviewId), JSON.stringify(notes)); } catch { /* storage full: the database save below still runs */ }
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => { void flush().catch(() => undefined); }, delayMs);
    },
    /** Saves what is pending now. */
    flush,
    /** Forgets the pending save (the notes were written another way, e.g. with a commitment). */
    settled(): void {
      if (timer) clearTimeout(timer);
      timer = null;
      pending = null;
      localStorage.removeItem(key(reviewId));
    },
  };
}

/** Notes left in localStorage by a meeting that ended before they reached the database, if any. */
export function leftoverMeetingNotes(reviewId: string): MeetingNotes | null {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(key(reviewId)) ?? 'null');
    if (!raw || typeof raw !== 'object') return null;
    const r = raw as Partial<MeetingNotes>;
    return Array.isArray(r.agendaItems) && typeof r.notes === 'string' ? { agendaItems: r.agendaItems, notes: r.notes, assessmentComment: typeof r.assessmentComment === 'string' ? r.assessmentComment : '' } : null;
  } catch {
    return null;
  }
}

/** Drops leftover notes once they are saved. */
export function forgetLeftoverNotes(reviewId: string): void {
  localStorage.removeItem(key(reviewId));
}
