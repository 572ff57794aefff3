import { clampScore, daysAgo } from './dates';
import type { AsOf, ComponentReading, HealthInput } from './types';

/** Usage metrics that count active users, preferred over any other metric when present. */
export const activeUserMetrics = ['weekly_active_users', 'active_users', 'daily_active_users', 'monthly_active_users'];

/** Recent usage (last 30 days) against the account's own baseline (the 90 days before). */
export type UsageTrend = { metric: string; recent: number; baseline: number; change: number };

/** The metric to read: an active-user metric if the account has one, else its most frequent metric; null with no usage. */
export function usageMetricOf(points: HealthInput['usage']): string | null {
  const counts = new Map<string, number>();
  for (const p of points) if (!p.deleted) counts.set(p.metric, (counts.get(p.metric) ?? 0) + 1);
  const preferred = activeUserMetrics.find((m) => counts.has(m));
  if (preferred) return preferred;
  let best: string | null = null;
  for (const [metric, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = metric;
  return best;
}

/**
 * Mean of the metric over the last 30 days (days 0–29 ago) against its mean over the 90 days
 * before (30–119 ago); null when either window has no data point.
 */
export function usageTrend(points: HealthInput['usage'], asOf: AsOf): UsageTrend | null {
  const metric = usageMetricOf(points);
  if (metric === null) return null;
  let recentSum = 0, recentN = 0, baseSum = 0, baseN = 0;
  for (const p of points) {
    if (p.deleted || p.metric !== metric) continue;
    const ago = daysAgo(asOf.today, p.date);
    if (ago < 0) continue;
    if (ago < 30) { recentSum += p.value; recentN += 1; }
    else if (ago < 120) { baseSum += p.value; baseN += 1; }
  }
  if (recentN === 0 || baseN === 0) return null;
  const recent = recentSum / recentN;
  const baseline = baseSum / baseN;
  const change = baseline === 0 ? (recent === 0 ? 0 : 1) : (recent - baseline) / baseline;
  return { metric, recent, baseline, change };
}

/** "Usage down 38% against the 90-day baseline". */
export function describeUsageChange(change: number): string {
  const pct = Math.round(Math.abs(change) * 100);
  if (pct < 5) return 'Usage steady against the 90-day baseline';
  return `Usage ${change < 0 ? 'down' : 'up'} ${pct}% against the 90-day baseline`;
}

/**
 * Usage trend component: 100 at 10% growth or more, 0 at half the baseline or less, linear between
 * (flat usage scores 83). Missing without a data point in both the last 30 days and the 90 before.
 */
export function usageComponent(input: HealthInput, asOf: AsOf): ComponentReading {
  const trend = usageTrend(input.usage, asOf);
  if (!trend) {
    const any = input.usage.some((p) => !p.deleted);
    return { score: null, sentence: any ? 'Not enough usage history for a trend (needs the last 30 days and the 90 before)' : 'No usage data' };
  }
  return { score: clampScore((100 * (1 + trend.change - 0.5)) / 0.6), sentence: describeUsageChange(trend.change) };
}
