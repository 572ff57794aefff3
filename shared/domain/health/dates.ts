import { daysBetween } from '../calendar';

/** Whole days from an ISO date or instant to `today` (positive when in the past). */
export function daysAgo(today: string, isoDateOrInstant: string): number {
  return -daysBetween(today, isoDateOrInstant.slice(0, 10));
}

/** True when the date or instant falls within the `days` days up to and including `today` (0 = today only), and not in the future. */
export function withinDays(today: string, isoDateOrInstant: string, days: number): boolean {
  const ago = daysAgo(today, isoDateOrInstant);
  return ago >= 0 && ago <= days;
}

/** Clamps a number into 0–100. */
export function clampScore(value: number): number {
  return Math.max(0, Math.min(100, value));
}

/** Linear score: 100 at or below `good`, 0 at or above `bad` (for "fewer is better" measures like days). */
export function linearDown(value: number, good: number, bad: number): number {
  if (value <= good) return 100;
  if (value >= bad) return 0;
  return (100 * (bad - value)) / (bad - good);
}
