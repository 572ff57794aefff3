import type { BandThresholds } from './weights';

/** Health bands, best first; 'unknown' when every signal is missing. */
export const healthBands = ['healthy', 'watch', 'at_risk', 'unknown'] as const;
/** A health band. */
export type HealthBand = (typeof healthBands)[number];

/** Display names of the bands. */
export const healthBandLabels: Record<HealthBand, string> = { healthy: 'Healthy', watch: 'Watch', at_risk: 'At risk', unknown: 'No data' };

/** The band of a score under the thresholds. */
export function bandOf(score: number | null, thresholds: BandThresholds): HealthBand {
  if (score === null) return 'unknown';
  if (score >= thresholds.healthy) return 'healthy';
  if (score >= thresholds.watch) return 'watch';
  return 'at_risk';
}
