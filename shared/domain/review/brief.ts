import type { Commitment } from '../commitment';
import { isOpenCommitment } from '../commitment';
import type { HealthBand } from '../health/bands';
import type { SurveyKind } from '../survey-response';
import type { TouchKind } from '../touch';
import { dayDiff, live, type ReviewBundle } from './review-bundle';

/** What the brief counts as the last visit: a held review or a logged touch (call, email, meeting; a note is not contact). */
export type LastVisit = { kind: 'review'; at: string; title: string } | { kind: 'touch'; at: string; title: string; touchKind: TouchKind };

/** Tickets of one category opened since the last visit; `repeat` when it came up twice or more, or also came up before. */
export type BriefTicketCategory = { category: string; count: number; open: number; repeat: boolean };

/** A pre-visit brief: what changed on one account since the last visit, as plain data. */
export type PreVisitBrief = {
  generatedAt: string;
  today: string;
  account: { id: string; name: string; renewalDate: string | null; daysToRenewal: number | null };
  /** The last visit, or null when there was none (then `since` is `fallbackDays` ago). */
  lastVisit: LastVisit | null;
  since: string;
  health: { then: number | null; now: number | null; band: HealthBand | null; drivers: string[] };
  tickets: { total: number; open: number; categories: BriefTicketCategory[] };
  surveys: { at: string; kind: SurveyKind; score: number; comment: string }[];
  commitments: { dueSoon: Commitment[]; overdue: Commitment[] };
  escalations: { opened: { title: string; severity: string; at: string; status: string }[]; resolved: { title: string; severity: string; at: string }[] };
};

/** How far back the brief looks when there was no earlier visit, and how far ahead commitments count as due soon. */
export const briefWindow = { fallbackDays: 90, dueSoonDays: 14 } as const;

/** The latest held review or logged touch (not a note) before `nowIso`, whichever is later; null when there was none. */
export function lastVisit(bundle: Pick<ReviewBundle, 'reviews' | 'touches'>, nowIso: string): LastVisit | null {
  const review = live(bundle.reviews).filter((r) => r.status === 'held' && (r.heldAt ?? r.scheduledAt) <= nowIso)
    .map((r) => ({ kind: 'review' as const, at: r.heldAt ?? r.scheduledAt, title: r.title }))
    .sort((a, b) => b.at.localeCompare(a.at))[0];
  const touch = live(bundle.touches).filter((t) => t.kind !== 'note' && t.at <= nowIso)
    .map((t) => ({ kind: 'touch' as const, at: t.at, title: t.summary, touchKind: t.kind }))
    .sort((a, b) => b.at.localeCompare(a.at))[0];
  if (!review) return touch ?? null;
  if (!touch) return review;
  return touch.at > review.at ? touch : review;
}

function ticketsSince(bundle: ReviewBundle, since: string, nowIso: string): PreVisitBrief['tickets'] {
  const tickets = live(bundle.tickets);
  const earlier = new Set(tickets.filter((t) => t.openedAt < since).map((t) => t.category.trim() || 'Uncategorised'));
  const byCategory = new Map<string, BriefTicketCategory>();
  for (const t of tickets.filter((x) => x.openedAt >= since && x.openedAt <= nowIso)) {
    const category = t.category.trim() || 'Uncategorised';
    const row = byCategory.get(category) ?? { category, count: 0, open: 0, repeat: false };
    row.count += 1;
    if (t.status === 'open' || t.status === 'pending') row.open += 1;
    row.repeat = row.count >= 2 || earlier.has(category);
    byCategory.set(category, row);
  }
  const categories = [...byCategory.values()].sort((a, b) => b.count - a.count || a.category.localeCompare(b.category));
  return { total: categories.reduce((n, c) => n + c.count, 0), open: categories.reduce((n, c) => n + c.open, 0), categories };
}

/**
 * What changed on an account since the last visit (the later of its last held review and its last
 * logged touch; the last 90 days when there was none): health then and now with what drives it,
 * tickets opened since by category (repeats flagged), survey responses since, open commitments due
 * within 14 days both ways and overdue ones, escalations opened and resolved since, and the renewal.
 * `today` is the user's local date; `nowIso` the current instant. Pure: built offline, unit-tested.
 */
export function buildPreVisitBrief(bundle: ReviewBundle, nowIso: string, today: string): PreVisitBrief {
  const visit = lastVisit(bundle, nowIso);
  const since = visit ? visit.at : new Date(Date.parse(nowIso) - briefWindow.fallbackDays * 86_400_000).toISOString();
  const after = (iso: string | null): iso is string => iso !== null && iso >= since && iso <= nowIso;
  const history = bundle.health?.history ?? [];
  const then = [...history].reverse().find((p) => p.date <= since.slice(0, 10) && p.score !== null)?.score ?? null;
  const score = bundle.health?.score ?? null;
  const open = live(bundle.commitments).filter(isOpenCommitment).sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const escalations = live(bundle.escalations);
  const a = bundle.account;
  return {
    generatedAt: nowIso,
    today,
    account: { id: a.id, name: a.name, renewalDate: a.renewalDate, daysToRenewal: a.renewalDate ? dayDiff(today, a.renewalDate) : null },
    lastVisit: visit,
    since,
    health: { then, now: score?.score ?? null, band: score?.band ?? null, drivers: score?.drivers ?? [] },
    tickets: ticketsSince(bundle, since, nowIso),
    surveys: live(bundle.surveyResponses).filter((s) => after(s.respondedAt)).sort((x, y) => x.respondedAt.localeCompare(y.respondedAt))
      .map((s) => ({ at: s.respondedAt, kind: s.kind, score: s.score, comment: s.comment })),
    commitments: {
      dueSoon: open.filter((c) => c.dueDate >= today && dayDiff(today, c.dueDate) <= briefWindow.dueSoonDays),
      overdue: open.filter((c) => c.dueDate < today),
    },
    escalations: {
      opened: escalations.filter((e) => after(e.openedAt)).sort((x, y) => x.openedAt.localeCompare(y.openedAt))
        .map((e) => ({ title: e.title, severity: e.severity, at: e.openedAt, status: e.status })),
      resolved: escalations.filter((e) => after(e.resolvedAt)).sort((x, y) => (x.resolvedAt ?? '').localeCompare(y.resolvedAt ?? ''))
        .map((e) => ({ title: e.title, severity: e.severity, at: e.resolvedAt ?? '' })),
    },
  };
}
