// At-risk rules: each a small pure function over one account's records, returning why it needs a
// call (with an urgency 1–3) or null. Days are whole calendar days before `today`.
import { daysBetween } from '../calendar';
import { addDays } from '../local-date';
import { isActiveEscalation, updateStatus, type UpdateCadence } from '../escalation-rules';
import { formatCountdown } from '../escalation-rules';
import { championStatus } from './champion';
import { overdueOfOurs } from './commitments';
import { daysAgo } from './dates';
import { isDetractorResponse } from './satisfaction';
import { surveyLabel } from '../survey-rules';
import { supportLoad } from './support-load';
import type { AsOf, HealthInput } from './types';
import { describeUsageChange, usageTrend } from './usage-trend';

/** The at-risk rules, by id. */
export const riskRuleIds = [
  'usage_declining', 'going_quiet', 'repeat_tickets', 'detractor', 'renewal_low_health', 'update_overdue',
  'commitments_overdue', 'champion_lost', 'renewal_passed',
] as const;
/** An at-risk rule id. */
export type RiskRuleId = (typeof riskRuleIds)[number];

/** Why an account needs attention: the rule, its sentence, and how urgent (1 low … 3 act today). */
export type RiskAlert = { rule: RiskRuleId; reason: string; urgency: number };

/** Tunable limits of the rules. */
export type RiskOptions = { declineBelow: number; quietDays: number; busyCount: number; repeatCount: number; detractorDays: number; renewalDays: number; healthyFrom: number; cadence?: UpdateCadence };

/** Defaults: usage 25% below baseline; quiet 21 days after ≥ 6 items in the 90 days before; 3 tickets of one category in 30 days; detractors of 60 days; renewals within 90 days below 70. */
export const defaultRiskOptions: RiskOptions = { declineBelow: -0.25, quietDays: 21, busyCount: 6, repeatCount: 3, detractorDays: 60, renewalDays: 90, healthyFrom: 70 };

/** Usage down by more than `declineBelow` against the 90-day baseline. */
export function usageDeclining(input: HealthInput, asOf: AsOf, o = defaultRiskOptions): RiskAlert | null {
  const trend = usageTrend(input.usage, asOf);
  if (!trend || trend.change > o.declineBelow) return null;
  return { rule: 'usage_declining', reason: describeUsageChange(trend.change), urgency: trend.change <= -0.5 ? 3 : 2 };
}

function activityDays(input: HealthInput, today: string): number[] {
  const days: number[] = [];
  for (const t of input.touches) if (!t.deleted) days.push(daysAgo(today, t.at));
  for (const t of input.tickets) if (!t.deleted) days.push(daysAgo(today, t.openedAt));
  for (const p of input.usage) if (!p.deleted && p.value > 0) days.push(daysAgo(today, p.date));
  return days.filter((d) => d >= 0);
}

/** An active account going quiet: no touch, ticket or usage in `quietDays` days after at least `busyCount` in the 90 days before. */
export function goingQuiet(input: HealthInput, asOf: AsOf, o = defaultRiskOptions): RiskAlert | null {
  const days = activityDays(input, asOf.today);
  if (days.length === 0) return null;
  const last = Math.min(...days);
  if (last < o.quietDays) return null;
  const busy = days.filter((d) => d >= last && d < last + 90).length;
  if (busy < o.busyCount) return null;
  return { rule: 'going_quiet', reason: `Gone quiet: no touch, ticket or usage for ${last} days after a busy spell (${busy} in the 90 days before)`, urgency: 3 };
}

/** At least `repeatCount` tickets of one category in the last 30 days. */
export function repeatTickets(input: HealthInput, asOf: AsOf, o = defaultRiskOptions): RiskAlert | null {
  const recent = input.tickets.filter((t) => !t.deleted && daysAgo(asOf.today, t.openedAt) >= 0 && daysAgo(asOf.today, t.openedAt) < 30);
  const load = supportLoad(recent, { today: asOf.today });
  if (load.topCategoryCount < o.repeatCount) return null;
  return { rule: 'repeat_tickets', reason: `${load.topCategoryCount} tickets about ${load.topCategory ?? 'one thing'} in 30 days`, urgency: 2 };
}

/** A detractor answer (NPS 0–6, CSAT 1–2) in the last `detractorDays` days that is the account's latest answer. */
export function detractor(input: HealthInput, asOf: AsOf, o = defaultRiskOptions): RiskAlert | null {
  const latest = input.surveys.filter((s) => !s.deleted && daysAgo(asOf.today, s.respondedAt) >= 0).sort((a, b) => b.respondedAt.localeCompare(a.respondedAt))[0];
  if (!latest || !isDetractorResponse(latest) || daysAgo(asOf.today, latest.respondedAt) > o.detractorDays) return null;
  const who = input.contacts.find((c) => c.id === latest.contactId)?.name;
  const ago = daysAgo(asOf.today, latest.respondedAt);
  return { rule: 'detractor', reason: `Detractor: ${surveyLabel(latest)}${who ? ` from ${who}` : ''} ${ago} days ago`, urgency: 2 };
}

/** Renewal within `renewalDays` days while the health score is below `healthyFrom` (or unknown). */
export function renewalLowHealth(input: HealthInput, asOf: AsOf, score: number | null, o = defaultRiskOptions): RiskAlert | null {
  const date = input.account.renewalDate;
  if (!date) return null;
  const days = daysBetween(asOf.today, date);
  if (days < 0 || days > o.renewalDays || (score !== null && score >= o.healthyFrom)) return null;
  return { rule: 'renewal_low_health', reason: `Renews in ${days} days with health ${score ?? 'unknown'}`, urgency: days <= 30 ? 3 : 2 };
}

/** A customer update overdue on an open escalation (cadence by severity, see escalation-rules). */
export function updateOverdue(input: HealthInput, nowMs: number, cadence?: UpdateCadence): RiskAlert | null {
  for (const e of input.escalations.filter(isActiveEscalation)) {
    const status = updateStatus(e, input.escalationEvents, nowMs, cadence);
    if (status?.overdue) return { rule: 'update_overdue', reason: `Customer update on "${e.title}" ${formatCountdown(status.msRemaining)}`, urgency: 3 };
  }
  return null;
}

/** Our commitments overdue. */
export function commitmentsOverdue(input: HealthInput, asOf: AsOf): RiskAlert | null {
  const overdue = overdueOfOurs(input, asOf);
  const first = overdue[0];
  if (!first) return null;
  const more = overdue.length > 1 ? ` (+${overdue.length - 1} more)` : '';
  return { rule: 'commitments_overdue', reason: `We owe "${first.title}", overdue by ${daysAgo(asOf.today, first.dueDate)} days${more}`, urgency: 2 };
}

/** The champion gone (removed, none left) or turned negative. */
export function championLost(input: HealthInput): RiskAlert | null {
  const { live, gone } = championStatus(input);
  const negative = live.find((c) => c.sentiment === 'negative');
  if (negative && !live.some((c) => c.sentiment !== 'negative')) return { rule: 'champion_lost', reason: `Champion ${negative.name} turned negative`, urgency: 2 };
  if (live.length === 0 && gone[0]) return { rule: 'champion_lost', reason: `Champion ${gone[0].name} gone, no new champion named`, urgency: 2 };
  return null;
}

/** The renewal date passed and no renewal was recorded (no renewed, downgraded or churned event since, the date not moved on), on an account not marked churned. */
export function renewalPassed(input: HealthInput, asOf: AsOf): RiskAlert | null {
  const date = input.account.renewalDate;
  if (!date || input.account.lifecycleStage === 'churned' || date >= asOf.today) return null;
  const recorded = (input.accountEvents ?? []).some((e) => !e.deleted && e.kind !== 'arr_changed' && e.kind !== 'lifecycle_changed' && e.at.slice(0, 10) >= addDays(date, -60));
  if (recorded) return null;
  return { rule: 'renewal_passed', reason: `Renewal date passed ${daysBetween(date, asOf.today)} days ago with no renewal recorded`, urgency: 3 };
}

/** Every rule that fires for the account, most urgent first. `nowMs` is the instant for the escalation update cadence. */
export function riskAlerts(input: HealthInput, asOf: AsOf, score: number | null, nowMs: number, o = defaultRiskOptions): RiskAlert[] {
  if (input.account.deleted || input.account.lifecycleStage === 'churned') return [];
  const all = [
    goingQuiet(input, asOf, o), updateOverdue(input, nowMs, o.cadence), renewalPassed(input, asOf), usageDeclining(input, asOf, o),
    renewalLowHealth(input, asOf, score, o), detractor(input, asOf, o), repeatTickets(input, asOf, o), championLost(input), commitmentsOverdue(input, asOf),
  ];
  return all.filter((a): a is RiskAlert => a !== null).sort((a, b) => b.urgency - a.urgency);
}
