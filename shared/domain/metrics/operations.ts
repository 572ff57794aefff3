// Operational figures over a period: escalations (time to resolution, customer updates on time)
// and commitments kept on time, reusing the escalation rules and the commitment ledger.
import type { Commitment } from '../commitment';
import { doneOutcome } from '../commitment-ledger';
import type { EscalationEventLike, EscalationLike, OnTimeRate, UpdateCadence } from '../escalation-rules';
import { defaultUpdateCadence, timeToResolution, updatesOnTimeRate } from '../escalation-rules';
import { localDateOf, startOfLocalDay, toEpochMs, type Instant } from '../local-date';
import { dateInPeriod, type Period } from './period';

/** Definitions shown beside the figures. */
export const operationsDefinitions = {
  resolution: 'Escalation time to resolution: hours from opening to resolution of the escalations resolved in the period; P50 is the median, P90 the time 9 in 10 were resolved within.',
  updatesOnTime: 'Customer updates on time: of the update deadlines (by severity) of the escalations opened in the period, the share met by a customer update.',
  keptOnTime: 'Commitments kept on time: of the commitments finished in the period (kept, kept late or slipped; cancelled ones left out), the share kept by their due time.',
} as const;

/** Escalation figures for a period. */
export type EscalationFigures = { opened: number; resolved: number; p50Hours: number | null; p90Hours: number | null; updatesOnTime: OnTimeRate };

/** Escalations opened and resolved in the period, resolution P50/P90, and customer updates on time (counted up to the period's end or now). */
export function escalationFigures(
  escalations: readonly EscalationLike[], events: readonly EscalationEventLike[], period: Period, zone: string, now: Instant,
  cadence: UpdateCadence = defaultUpdateCadence,
): EscalationFigures {
  const live = escalations.filter((e) => !e.deleted);
  const opened = live.filter((e) => dateInPeriod(localDateOf(e.openedAt, zone), period));
  const resolved = live.filter((e) => e.resolvedAt !== null && dateInPeriod(localDateOf(e.resolvedAt, zone), period));
  const stats = timeToResolution(resolved);
  const until = Math.min(toEpochMs(now), startOfLocalDay(period.end, zone));
  return { opened: opened.length, resolved: stats.count, p50Hours: stats.p50Hours, p90Hours: stats.p90Hours, updatesOnTime: updatesOnTimeRate(opened, events, until, cadence) };
}

/** Commitment fields the kept-on-time figure reads. */
export type CommitmentOutcomeLike = Pick<Commitment, 'ownerId' | 'owedBy' | 'status' | 'completedAt' | 'dueDate' | 'dueTime' | 'deleted'>;

/** Commitments kept on time over those finished in the period (what we owe; cancelled ones left out). */
export function keptOnTime(commitments: readonly CommitmentOutcomeLike[], period: Period, zone: string): { finished: number; onTime: number; rate: number | null } {
  let finished = 0;
  let onTime = 0;
  for (const c of commitments) {
    if (c.deleted || c.owedBy !== 'us') continue;
    const outcome = doneOutcome(c, zone);
    if (outcome === null || outcome === 'cancelled') continue;
    const day = c.completedAt ? localDateOf(c.completedAt, zone) : c.dueDate;
    if (!dateInPeriod(day, period)) continue;
    finished += 1;
    if (outcome === 'keptOnTime') onTime += 1;
  }
  return { finished, onTime, rate: finished === 0 ? null : onTime / finished };
}

/** Health bands counted (the current distribution: health is recomputed, not stored, see docs/derived-data.md). */
export function healthDistribution<B extends string>(bands: readonly B[], order: readonly B[]): { band: B; count: number; share: number | null }[] {
  const total = bands.length;
  return order.map((band) => {
    const count = bands.filter((b) => b === band).length;
    return { band, count, share: total === 0 ? null : count / total };
  });
}

/** The change from the previous period (null when either is unknown). */
export function change(current: number | null, previous: number | null): number | null {
  return current === null || previous === null ? null : current - previous;
}
