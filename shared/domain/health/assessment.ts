import { daysAgo } from './dates';
import type { AsOf, ComponentReading, HealthInput } from './types';

/** How much of its weight an assessment keeps at an age in days: all of it for 90 days, then linearly none by 180. */
export function assessmentWeightFactor(ageDays: number): number {
  if (ageDays <= 90) return 1;
  if (ageDays >= 180) return 0;
  return (180 - ageDays) / 90;
}

/**
 * The manager's own assessment (0–100) from the latest held or planned review that recorded one;
 * its weight fades after 90 days (the rest goes to the other signals). Missing when none was given, or older than 180 days.
 */
export function assessmentComponent(input: HealthInput, asOf: AsOf): ComponentReading {
  const latest = input.reviews
    .filter((r) => !r.deleted && r.status !== 'cancelled' && r.managerAssessment !== null && daysAgo(asOf.today, r.scheduledAt) >= 0)
    .sort((a, b) => b.scheduledAt.localeCompare(a.scheduledAt))[0];
  if (!latest || latest.managerAssessment === null) return { score: null, sentence: 'No assessment of your own recorded' };
  const age = daysAgo(asOf.today, latest.scheduledAt);
  const factor = assessmentWeightFactor(age);
  if (factor === 0) return { score: null, sentence: `Your last assessment is ${age} days old, too old to count` };
  const fading = factor < 1 ? `; counts ${Math.round(factor * 100)}% as it ages` : '';
  return { score: latest.managerAssessment, sentence: `You assessed ${latest.managerAssessment}/100 ${age} days ago${fading}`, weightFactor: factor };
}
