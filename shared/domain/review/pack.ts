import { isOpenCommitment, type Commitment } from '../commitment';
import type { Contact } from '../contact';
import { isActiveEscalation, severities, type Escalation } from '../escalation';
import { nextCustomerUpdateDue } from '../escalation-rules';
import type { HealthBand } from '../health/bands';
import type { HealthPoint } from '../health/history';
import { healthComponentLabels } from '../health/types';
import type { AgendaItem, Review } from '../review';
import type { SurveyKind } from '../survey-response';
import type { Account } from '../account';
import { changesSinceLastReview, type ChangesSince } from './changes';
import { dayDiff, live, type ReviewBundle } from './review-bundle';

/** A stakeholder as the pack lists them. */
export type PackStakeholder = Pick<Contact, 'id' | 'name' | 'title' | 'role' | 'sentiment' | 'lastContactedAt'> & { quiet: boolean; attending: boolean };
/** An open escalation with its recent timeline and when the customer's next update is due. */
export type PackEscalation = Pick<Escalation, 'id' | 'title' | 'severity' | 'status' | 'openedAt' | 'ownerId'> & {
  nextUpdateDue: string | null; timeline: { at: string; kind: string; body: string }[];
};
/** Tickets of one category: how many, how many open, and whether the category keeps coming back. */
export type PackTicketCategory = { category: string; count: number; open: number; repeat: boolean };
/** The review pack: everything a manager brings to a business review, assembled from local data. */
export type ReviewPack = {
  generatedAt: string;
  account: Pick<Account, 'id' | 'name' | 'segment' | 'tier' | 'arrMinor' | 'currency' | 'renewalDate' | 'lifecycleStage' | 'industry'> & { ownerName: string; daysToRenewal: number | null };
  review: Pick<Review, 'id' | 'title' | 'kind' | 'scheduledAt' | 'placeKind' | 'place' | 'status'> & { objectives: string[]; agenda: AgendaItem[]; attendees: string[]; team: string[] };
  health: { score: number | null; band: HealthBand; drivers: string[]; components: { label: string; score: number | null; sentence: string }[]; trend: HealthPoint[] } | null;
  satisfaction: { at: string; kind: SurveyKind; score: number }[];
  usage: { metric: string; weeks: { week: string; value: number }[] } | null;
  escalations: PackEscalation[];
  commitments: { ours: Commitment[]; theirs: Commitment[]; tally: Record<'open' | 'kept' | 'slipped' | 'renegotiated', number> };
  tickets: { total: number; open: number; categories: PackTicketCategory[] };
  stakeholders: PackStakeholder[];
  touches: { at: string; kind: string; summary: string }[];
  risks: string[];
  wins: string[];
  changes: ChangesSince;
};

/** A ticket category counts as repeating from this many tickets in the window. */
export const repeatTicketCount = 3;
/** Days without contact after which a stakeholder is flagged as not contacted lately. */
export const quietStakeholderDays = 45;
/** Days of history the pack covers (tickets, touches, satisfaction, usage). */
export const packWindowDays = 180;

function usageWeeks(bundle: ReviewBundle, nowIso: string): ReviewPack['usage'] {
  const from = new Date(Date.parse(nowIso) - packWindowDays * 86_400_000).toISOString().slice(0, 10);
  const points = live(bundle.usagePoints).filter((p) => p.date >= from);
  if (points.length === 0) return null;
  const byMetric = new Map<string, number>();
  for (const p of points) byMetric.set(p.metric, (byMetric.get(p.metric) ?? 0) + 1);
  const metric = [...byMetric.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
  const weeks = new Map<string, number>();
  for (const p of points.filter((q) => q.metric === metric)) {
    const day = new Date(`${p.date}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
    const week = day.toISOString().slice(0, 10);
    weeks.set(week, (weeks.get(week) ?? 0) + p.value);
  }
  return { metric, weeks: [...weeks.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([week, value]) => ({ week, value: Math.round(value * 100) / 100 })) };
}

function escalationsOf(bundle: ReviewBundle): PackEscalation[] {
  return bundle.escalations.filter(isActiveEscalation)
    .sort((a, b) => severities.indexOf(a.severity) - severities.indexOf(b.severity) || a.openedAt.localeCompare(b.openedAt))
    .map((e) => {
      const events = live(bundle.escalationEvents).filter((ev) => ev.escalationId === e.id);
      const due = nextCustomerUpdateDue(e, events);
      return {
        id: e.id, title: e.title, severity: e.severity, status: e.status, openedAt: e.openedAt, ownerId: e.ownerId,
        nextUpdateDue: due === null ? null : new Date(due).toISOString(),
        timeline: events.sort((a, b) => b.at.localeCompare(a.at)).slice(0, 5).map((ev) => ({ at: ev.at, kind: ev.kind.replace(/_/g, ' '), body: ev.body })),
      };
    });
}

function ticketsOf(bundle: ReviewBundle, from: string): ReviewPack['tickets'] {
  const tickets = live(bundle.tickets).filter((t) => t.openedAt >= from);
  const byCategory = new Map<string, PackTicketCategory>();
  for (const t of tickets) {
    const category = t.category.trim() || 'Uncategorised';
    const row = byCategory.get(category) ?? { category, count: 0, open: 0, repeat: false };
    row.count += 1;
    if (t.status === 'open' || t.status === 'pending') row.open += 1;
    row.repeat = row.count >= repeatTicketCount;
    byCategory.set(category, row);
  }
  const categories = [...byCategory.values()].sort((a, b) => b.count - a.count || a.category.localeCompare(b.category));
  return { total: tickets.length, open: categories.reduce((n, c) => n + c.open, 0), categories };
}

/**
 * Assembles the review pack of one review from the account's data as it stands at `nowIso`: a pure
 * function of plain records, so it is built offline on the manager's laptop and unit-tested.
 */
export function buildReviewPack(bundle: ReviewBundle, review: Review, nowIso: string): ReviewPack {
  const from = new Date(Date.parse(nowIso) - packWindowDays * 86_400_000).toISOString();
  const a = bundle.account;
  const names = bundle.memberNames;
  const contacts = live(bundle.contacts);
  const contactName = new Map(contacts.map((c) => [c.id, c.name]));
  const commitments = live(bundle.commitments).filter((c) => c.status !== 'cancelled' && (isOpenCommitment(c) || c.dueDate >= from.slice(0, 10)))
    .sort((x, y) => x.dueDate.localeCompare(y.dueDate));
  const tally = { open: 0, kept: 0, slipped: 0, renegotiated: 0 };
  for (const c of commitments) if (c.status in tally) tally[c.status as keyof typeof tally] += 1;
  const stakeholders = contacts.map((c) => ({
    id: c.id, name: c.name, title: c.title, role: c.role, sentiment: c.sentiment, lastContactedAt: c.lastContactedAt,
    quiet: c.lastContactedAt === null || dayDiff(c.lastContactedAt, nowIso) > quietStakeholderDays,
    attending: review.attendeeContactIds.includes(c.id),
  }));
  const escalations = escalationsOf(bundle);
  const tickets = ticketsOf(bundle, from);
  const health = bundle.health;
  const risks: string[] = [
    ...escalations.filter((e) => e.severity === 'S1' || e.severity === 'S2').map((e) => `${e.severity} escalation open: ${e.title}`),
    ...tickets.categories.filter((c) => c.repeat).map((c) => `${c.count} tickets about ${c.category} in ${packWindowDays / 30} months`),
    ...stakeholders.filter((s) => s.sentiment === 'negative').map((s) => `${s.name} (${s.role.replace(/_/g, ' ')}) is unhappy`),
    ...commitments.filter((c) => c.owedBy === 'us' && c.status === 'slipped').map((c) => `We slipped: ${c.title}`),
    ...(health && health.score.band === 'at_risk' ? [`Health is at risk${health.score.score === null ? '' : ` (${health.score.score}/100)`}`] : []),
  ];
  const wins: string[] = [
    ...live(bundle.escalations).filter((e) => e.resolvedAt !== null && e.resolvedAt >= from).map((e) => `Resolved: ${e.title}`),
    ...commitments.filter((c) => c.owedBy === 'us' && c.status === 'kept').map((c) => `Delivered: ${c.title}`),
    ...stakeholders.filter((s) => s.sentiment === 'positive' && s.role === 'champion').map((s) => `${s.name} is a positive champion`),
    ...live(bundle.expansions).filter((x) => x.stage === 'won').map((x) => `Expanded: ${x.title}`),
  ];
  return {
    generatedAt: nowIso,
    account: {
      id: a.id, name: a.name, segment: a.segment, tier: a.tier, arrMinor: a.arrMinor, currency: a.currency, renewalDate: a.renewalDate,
      lifecycleStage: a.lifecycleStage, industry: a.industry, ownerName: a.ownerId ? names[a.ownerId] ?? 'Unknown' : 'No owner',
      daysToRenewal: a.renewalDate ? dayDiff(nowIso, a.renewalDate) : null,
    },
    review: {
      id: review.id, title: review.title, kind: review.kind, scheduledAt: review.scheduledAt, placeKind: review.placeKind, place: review.place, status: review.status,
      objectives: review.objectives.split('\n').map((l) => l.trim()).filter(Boolean), agenda: review.agendaItems,
      attendees: review.attendeeContactIds.map((id) => contactName.get(id)).filter((n): n is string => n !== undefined),
      team: review.attendeeMemberIds.map((id) => names[id]).filter((n): n is string => n !== undefined),
    },
    health: health ? {
      score: health.score.score, band: health.score.band, drivers: health.score.drivers,
      components: health.score.components.map((c) => ({ label: healthComponentLabels[c.key], score: c.score, sentence: c.sentence })), trend: health.history,
    } : null,
    satisfaction: live(bundle.surveyResponses).filter((s) => s.respondedAt >= from).sort((x, y) => x.respondedAt.localeCompare(y.respondedAt))
      .map((s) => ({ at: s.respondedAt, kind: s.kind, score: s.score })),
    usage: usageWeeks(bundle, nowIso),
    escalations,
    commitments: { ours: commitments.filter((c) => c.owedBy === 'us'), theirs: commitments.filter((c) => c.owedBy === 'customer'), tally },
    tickets,
    stakeholders,
    touches: live(bundle.touches).filter((t) => t.at >= from).sort((x, y) => y.at.localeCompare(x.at)).slice(0, 8).map((t) => ({ at: t.at, kind: t.kind, summary: t.summary })),
    risks,
    wins,
    changes: changesSinceLastReview(bundle, nowIso, review),
  };
}
