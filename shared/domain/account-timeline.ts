import type { Commitment } from './commitment';
import type { EscalationEvent } from './escalation';
import { reviewNotesDigest, type Review } from './review';
import type { SurveyResponse } from './survey-response';
import type { Ticket } from './ticket';
import type { Touch } from './touch';

/** Kinds of items on an account's unified timeline. */
export type TimelineKind = 'touch' | 'ticket' | 'survey' | 'escalation' | 'review' | 'commitment';

/** One entry of an account's unified timeline. */
export type TimelineItem = { kind: TimelineKind; id: string; at: string; title: string; detail: string };

/** Merges everything that happened on an account into one list, newest first. */
export function buildAccountTimeline(input: {
  touches: Touch[]; tickets: Ticket[]; surveys: SurveyResponse[]; escalationEvents: EscalationEvent[]; reviews: Review[]; commitments: Commitment[];
}): TimelineItem[] {
  const items: TimelineItem[] = [
    ...input.touches.filter((t) => !t.deleted).map((t) => ({ kind: 'touch' as const, id: t.id, at: t.at, title: t.summary, detail: t.kind })),
    ...input.tickets.filter((t) => !t.deleted).map((t) => ({ kind: 'ticket' as const, id: t.id, at: t.openedAt, title: t.subject, detail: `${t.category} · ${t.status}` })),
    ...input.surveys.filter((s) => !s.deleted).map((s) => ({ kind: 'survey' as const, id: s.id, at: s.respondedAt, title: `${s.kind.toUpperCase()} ${s.score}`, detail: s.comment })),
    ...input.escalationEvents.filter((e) => !e.deleted).map((e) => ({ kind: 'escalation' as const, id: e.id, at: e.at, title: e.body, detail: e.kind.replace(/_/g, ' ') })),
    ...input.reviews.filter((r) => !r.deleted).map((r) => ({ kind: 'review' as const, id: r.id, at: r.scheduledAt, title: r.title, detail: reviewDetail(r) })),
    ...input.commitments.filter((c) => !c.deleted).map((c) => ({ kind: 'commitment' as const, id: c.id, at: c.createdAt, title: c.title, detail: `due ${c.dueDate} · ${c.status}` })),
  ];
  return items.sort((a, b) => b.at.localeCompare(a.at) || a.id.localeCompare(b.id));
}

/** A review's timeline detail: kind and status, and once held, what was noted. */
function reviewDetail(r: Review): string {
  const head = `${r.kind.replace('_', '-')} · ${r.status}`;
  const notes = r.status === 'held' ? reviewNotesDigest(r) : '';
  return notes ? `${head} — ${notes}` : head;
}
