const dayMs = 86_400_000;
// Day numbers of calendar dates, cached: scoring 10,000 accounts reads the same few hundred dates a million times.
const dayNumbers = new Map<string, number>();

function dayNumber(date: string): number {
  let n = dayNumbers.get(date);
  if (n === undefined) {
    n = Math.round(Date.parse(`${date}T00:00:00Z`) / dayMs);
    if (dayNumbers.size > 50_000) dayNumbers.clear();
    dayNumbers.set(date, n);
  }
  return n;
}

/** Whole days from an ISO date or instant to `today` (positive when in the past), by calendar date. */
export function daysAgo(today: string, isoDateOrInstant: string): number {
  return dayNumber(today) - dayNumber(isoDateOrInstant.slice(0, 10));
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
