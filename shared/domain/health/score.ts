import { assessmentComponent } from './assessment';
import { bandOf, type HealthBand } from './bands';
import { championComponent } from './champion';
import { commitmentsComponent } from './commitments';
import { engagementComponent } from './engagement';
import { escalationsComponent } from './escalations';
import { renewalComponent } from './renewal';
import { roundToTotal } from './round-to-total';
import { satisfactionComponent } from './satisfaction';
import { supportComponent } from './support-load';
import { healthComponentKeys, type AsOf, type ComponentReading, type HealthComponentKey, type HealthInput } from './types';
import { usageComponent } from './usage-trend';
import type { HealthSettings } from './weights';

/** One signal in a score: its reading, its share of the score (0–1, 0 when missing) and the whole points it adds. */
export type HealthComponent = {
  key: HealthComponentKey;
  score: number | null;
  sentence: string;
  missing: boolean;
  /** Share of the score after missing signals' weight was redistributed; the shares add up to 1. */
  share: number;
  /** Whole points this signal adds; the points of all signals add up to the score. */
  points: number;
  /** Points lost against a perfect reading (share × (100 − score)). */
  lost: number;
};

/** An explained health score: null (band 'unknown') when every signal is missing. */
export type HealthScore = { score: number | null; band: HealthBand; components: HealthComponent[]; drivers: string[] };

/**
 * Signals observed from the customer's side. Our own facts (no open escalation, no overdue
 * commitment, a renewal date) cannot make a score alone: without one of these the score is unknown.
 */
export const customerSignals: readonly HealthComponentKey[] = ['usage', 'support', 'satisfaction', 'engagement', 'champion', 'assessment'];

/** Reads every signal of one account. */
export function readComponents(input: HealthInput, asOf: AsOf): Record<HealthComponentKey, ComponentReading> {
  return {
    usage: usageComponent(input, asOf), support: supportComponent(input, asOf), satisfaction: satisfactionComponent(input, asOf),
    engagement: engagementComponent(input, asOf), escalations: escalationsComponent(input, asOf), commitments: commitmentsComponent(input, asOf),
    champion: championComponent(input), renewal: renewalComponent(input, asOf), assessment: assessmentComponent(input, asOf),
  };
}

/**
 * Combines readings into a score: each present signal's weight (× its weight factor) is divided by
 * the total weight present, so a missing signal's weight is spread over the others in proportion.
 */
export function combineReadings(readings: Record<HealthComponentKey, ComponentReading>, weights: Record<HealthComponentKey, number>, settings: Pick<HealthSettings, 'thresholds'>): HealthScore {
  const effective = healthComponentKeys.map((k) => (readings[k].score === null ? 0 : weights[k] * (readings[k].weightFactor ?? 1)));
  const present = effective.reduce((s, w) => s + w, 0);
  const exact = healthComponentKeys.map((k, i) => (present === 0 ? 0 : ((effective[i] ?? 0) / present) * (readings[k].score ?? 0)));
  const points = roundToTotal(exact);
  const components = healthComponentKeys.map((key, i): HealthComponent => {
    const r = readings[key];
    const share = present === 0 ? 0 : (effective[i] ?? 0) / present;
    return { key, score: r.score === null ? null : Math.round(r.score), sentence: r.sentence, missing: r.score === null, share, points: points[i] ?? 0, lost: r.score === null ? 0 : share * (100 - r.score) };
  });
  const observed = customerSignals.some((k) => readings[k].score !== null);
  const score = present === 0 || !observed ? null : points.reduce((s, p) => s + p, 0);
  return { score, band: bandOf(score, settings.thresholds), components, drivers: topDrivers(components) };
}

/** The three signals costing the most points, as their sentences; "Every signal is healthy" when none costs a point. */
export function topDrivers(components: readonly HealthComponent[], count = 3): string[] {
  const costly = components.filter((c) => c.lost >= 0.5).sort((a, b) => b.lost - a.lost);
  return costly.length === 0 ? [] : costly.slice(0, count).map((c) => c.sentence);
}

/** The explained health score of one account as of a day, with its segment's weights. */
export function scoreAccount(input: HealthInput, asOf: AsOf, settings: HealthSettings): HealthScore {
  return combineReadings(readComponents(input, asOf), settings.weights[input.account.segment], settings);
}
