import type { Segment } from '../account';
import { healthComponentKeys, healthComponentLabels, type HealthComponentKey } from './types';

/** Relative weight of each signal (any non-negative numbers; they are normalised over the signals present). */
export type HealthWeights = Record<HealthComponentKey, number>;

/** Weight presets per segment: SMB leans on product usage, enterprise on people and relationships. */
export const weightPresets: Record<Segment, HealthWeights> = {
  smb: { usage: 30, support: 12, satisfaction: 15, engagement: 8, escalations: 10, commitments: 5, champion: 5, renewal: 8, assessment: 7 },
  mid_market: { usage: 22, support: 10, satisfaction: 14, engagement: 14, escalations: 10, commitments: 8, champion: 10, renewal: 5, assessment: 7 },
  enterprise: { usage: 15, support: 8, satisfaction: 12, engagement: 18, escalations: 12, commitments: 10, champion: 15, renewal: 3, assessment: 7 },
};

/** Band thresholds: a score at or above `healthy` is healthy, at or above `watch` is watch, below is at risk. */
export type BandThresholds = { healthy: number; watch: number };

/** Default bands: healthy from 70, watch from 45. */
export const defaultThresholds: BandThresholds = { healthy: 70, watch: 45 };

/** Everything a user can tune about the score: weights per segment and the band thresholds. */
export type HealthSettings = { weights: Record<Segment, HealthWeights>; thresholds: BandThresholds };

/** The settings a new installation starts with. */
export const defaultHealthSettings: HealthSettings = { weights: weightPresets, thresholds: defaultThresholds };

/** A problem with settings, in the user's words; null when they are usable. */
export function checkHealthSettings(s: HealthSettings): string | null {
  const names: Record<string, string> = { smb: 'SMB', mid_market: 'mid-market', enterprise: 'enterprise' };
  for (const [segment, weights] of Object.entries(s.weights)) {
    for (const key of healthComponentKeys) {
      const w = weights[key];
      if (!Number.isFinite(w) || w < 0) return `Weights are numbers of 0 or more (${healthComponentLabels[key]}, ${names[segment] ?? segment})`;
    }
    if (healthComponentKeys.every((k) => weights[k] === 0)) return `Give at least one signal a weight (${names[segment] ?? segment})`;
  }
  const { healthy, watch } = s.thresholds;
  if (!(watch >= 0 && healthy <= 100 && watch < healthy)) return 'The "watch" threshold must be below the "healthy" one, both within 0–100';
  return null;
}
