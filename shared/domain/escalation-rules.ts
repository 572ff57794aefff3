// Rules for escalations: the customer-update cadence ("the customer never calls back for status"),
// time to resolution, how often updates went out on time, and a countdown label.
// Instants are epoch ms. Cadence follows the escalation's current severity (no severity history
// is kept) and keeps running in every active status, waiting_on_customer included.
import { isActiveEscalation, type Department, type Escalation, type EscalationEvent, type Severity } from './escalation';
import { localDateOf, toEpochMs, type Instant } from './local-date';

// "Open" is defined beside the escalation's status enum (escalation.ts); re-exported for the rules' callers.
export { isActiveEscalation };

const hourMs = 3_600_000;

/** Customer-update interval per severity in ms; null means no timed cadence (update on change). */
export type UpdateCadence = Record<Severity, number | null>;

/** Default cadence: S1 daily, S2 every two days, S3 weekly, S4 only on change. */
export const defaultUpdateCadence: UpdateCadence = { S1: 24 * hourMs, S2: 48 * hourMs, S3: 7 * 24 * hourMs, S4: null };

/** The escalation fields these rules read. */
export type EscalationLike = Pick<Escalation, 'id' | 'severity' | 'departments' | 'status' | 'openedAt' | 'resolvedAt' | 'deleted'>;
/** The timeline-entry fields these rules read. */
export type EscalationEventLike = Pick<EscalationEvent, 'escalationId' | 'kind' | 'at' | 'deleted'>;

/** Customer-update times by escalation, built once per list of events (the lists passed in are read, never changed). */
const updatesByList = new WeakMap<readonly EscalationEventLike[], Map<string, number[]>>();

/** Epoch ms of this escalation's customer updates, oldest first. */
export function customerUpdateTimes(e: Pick<Escalation, 'id'>, events: readonly EscalationEventLike[]): number[] {
  // Grouped once per list: checking every escalation against every event took seconds at 10,000 accounts.
  let byEscalation = updatesByList.get(events);
  if (!byEscalation) {
    byEscalation = new Map();
    for (const v of events) {
      if (v.kind !== 'customer_update' || v.deleted) continue;
      const times = byEscalation.get(v.escalationId);
      if (times) times.push(toEpochMs(v.at));
      else byEscalation.set(v.escalationId, [toEpochMs(v.at)]);
    }
    for (const times of byEscalation.values()) times.sort((a, b) => a - b);
    updatesByList.set(events, byEscalation);
  }
  return [...(byEscalation.get(e.id) ?? [])];
}

/** Epoch ms the next customer update is due: the last update (or openedAt) plus the cadence; null if inactive or S4. */
export function nextCustomerUpdateDue(
  e: EscalationLike, events: readonly EscalationEventLike[], cadence: UpdateCadence = defaultUpdateCadence,
): number | null {
  const every = cadence[e.severity];
  if (every === null || !isActiveEscalation(e)) return null;
  const opened = toEpochMs(e.openedAt);
  const last = customerUpdateTimes(e, events).at(-1);
  return Math.max(opened, last ?? opened) + every;
}

/** Where the next customer update stands at `now`; msRemaining is negative once overdue. */
export type UpdateStatus = { dueAt: number; overdue: boolean; msRemaining: number };

/** The next customer update's due time at `now`, whether it is overdue, and the time left; null if none is due. */
export function updateStatus(
  e: EscalationLike, events: readonly EscalationEventLike[], now: Instant, cadence: UpdateCadence = defaultUpdateCadence,
): UpdateStatus | null {
  const dueAt = nextCustomerUpdateDue(e, events, cadence);
  if (dueAt === null) return null;
  const msRemaining = dueAt - toEpochMs(now);
  return { dueAt, overdue: isPastDue(dueAt, now), msRemaining };
}

/** A customer-update deadline is missed once `now` is after it (at the very instant it is still on time). */
function isPastDue(dueAt: number, now: Instant): boolean {
  return toEpochMs(now) > dueAt;
}

/** True when an open escalation's next customer update is overdue at `now`: its cadence has run out since the last update. */
export function isCustomerUpdateOverdue(
  e: EscalationLike, events: readonly EscalationEventLike[], now: Instant, cadence: UpdateCadence = defaultUpdateCadence,
): boolean {
  const dueAt = nextCustomerUpdateDue(e, events, cadence);
  return dueAt !== null && isPastDue(dueAt, now);
}

/** True when an open escalation's next customer update falls due later on the user's current local day (in `zone`). */
export function isCustomerUpdateDueToday(
  e: EscalationLike, events: readonly EscalationEventLike[], now: Instant, zone: string, cadence: UpdateCadence = defaultUpdateCadence,
): boolean {
  const dueAt = nextCustomerUpdateDue(e, events, cadence);
  return dueAt !== null && !isPastDue(dueAt, now) && localDateOf(dueAt, zone) === localDateOf(now, zone);
}

/** Time-to-resolution statistics in hours; all null when nothing was resolved. */
export type ResolutionStats = { count: number; p50Hours: number | null; p90Hours: number | null; meanHours: number | null };

/** Nearest-rank percentile (p in 0–100] of ascending values: the value at rank ceil(p/100 × n); null when empty. */
export function nearestRank(sortedAscending: readonly number[], p: number): number | null {
  if (sortedAscending.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sortedAscending.length));
  return sortedAscending[Math.min(rank, sortedAscending.length) - 1] ?? null;
}

/**
 * Time from openedAt to resolvedAt over resolved or closed, non-deleted escalations that have a
 * resolvedAt not before openedAt; P50/P90 by nearest rank (so always an observed value), and mean.
 */
export function timeToResolution(escalations: readonly EscalationLike[]): ResolutionStats {
  const hours = escalations
    .filter((e) => !e.deleted && (e.status === 'resolved' || e.status === 'closed') && e.resolvedAt !== null)
    .map((e) => (toEpochMs(e.resolvedAt ?? e.openedAt) - toEpochMs(e.openedAt)) / hourMs)
    .filter((h) => h >= 0)
    .sort((a, b) => a - b);
  const mean = hours.length === 0 ? null : hours.reduce((s, h) => s + h, 0) / hours.length;
  return { count: hours.length, p50Hours: nearestRank(hours, 50), p90Hours: nearestRank(hours, 90), meanHours: mean };
}

/** How many customer-update deadlines were met: `onTime` of `due`; rate null when none fell due. */
export type OnTimeRate = { onTime: number; due: number; rate: number | null };

/**
 * Customer updates on time. For each escalation with a timed cadence, walk its life from openedAt
 * to its end (resolvedAt once resolved or closed, else — or if missing — `now`): the first deadline is openedAt +
 * cadence. An update at or before the current deadline is on time (one due, one on time) and the
 * next deadline becomes that update + cadence. A deadline passing with no update is one missed due;
 * the next deadline is a cadence later, until an update arrives — that late update scores nothing
 * and restarts the clock from itself. A deadline at the very end instant is not yet missed.
 */
export function updatesOnTimeRate(
  escalations: readonly EscalationLike[], events: readonly EscalationEventLike[], now: Instant,
  cadence: UpdateCadence = defaultUpdateCadence,
): OnTimeRate {
  let onTime = 0;
  let due = 0;
  const nowMs = toEpochMs(now);
  for (const e of escalations) {
    const every = cadence[e.severity];
    if (e.deleted || every === null || every <= 0) continue;
    const opened = toEpochMs(e.openedAt);
    const end = !isActiveEscalation(e) && e.resolvedAt !== null ? Math.min(toEpochMs(e.resolvedAt), nowMs) : nowMs;
    let deadline = opened + every;
    for (const at of customerUpdateTimes(e, events)) {
      if (at < opened || at > end) continue;
      let missed = false;
      while (deadline < at) {
        due += 1;
        deadline += every;
        missed = true;
      }
      if (!missed) {
        due += 1;
        onTime += 1;
      }
      deadline = at + every;
    }
    for (; deadline < end; deadline += every) due += 1;
  }
  return { onTime, due, rate: due === 0 ? null : onTime / due };
}

/** Active escalations per department; one involving several departments counts in each. */
export function openByDepartment(escalations: readonly Pick<Escalation, 'departments' | 'status' | 'deleted'>[]): Record<Department, number> {
  const counts: Record<Department, number> = { support: 0, billing: 0, product: 0, engineering: 0, operations: 0 };
  for (const e of escalations) {
    if (!isActiveEscalation(e)) continue;
    for (const d of new Set(e.departments)) counts[d] += 1;
  }
  return counts;
}

function span(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return mins > 0 ? `${hours} h ${mins} min` : `${hours} h`;
  return `${mins} min`;
}

/**
 * A countdown label from ms remaining: "due in 3 h 20 min", "overdue by 2 h", "due in 2 d 4 h";
 * whole minutes rounded down; under a minute either way reads "due now".
 */
export function formatCountdown(msRemaining: number): string {
  if (Math.abs(msRemaining) < 60_000) return 'due now';
  return msRemaining > 0 ? `due in ${span(msRemaining)}` : `overdue by ${span(-msRemaining)}`;
}
