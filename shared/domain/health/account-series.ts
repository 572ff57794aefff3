// Series for the account page's charts: product usage week by week, and NPS responses over time.
import { addDays, startOfWeek } from '../local-date';
import type { HealthInput } from './types';

/** One week's usage of one metric: the highest value reported that week (null when nothing was reported). */
export type UsageWeek = { week: string; value: number | null };
/** One survey response on the chart. */
export type NpsPoint = { date: string; score: number };

/** The metric the usage chart shows: weekly active users when present, else the metric with the most points; null without usage. */
export function chartMetric(usage: HealthInput['usage']): string | null {
  const counts = new Map<string, number>();
  for (const p of usage) if (!p.deleted) counts.set(p.metric, (counts.get(p.metric) ?? 0) + 1);
  if (counts.has('weekly_active_users')) return 'weekly_active_users';
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

/** The metric's weekly values over the last `weeks` weeks up to `today` (weeks start on Monday), oldest first. */
export function usageByWeek(usage: HealthInput['usage'], metric: string, today: string, weeks = 26): UsageWeek[] {
  const last = startOfWeek(today);
  const first = addDays(last, -7 * (weeks - 1));
  const byWeek = new Map<string, number>();
  for (const p of usage) {
    if (p.deleted || p.metric !== metric || p.date > today || p.date < first) continue;
    const w = startOfWeek(p.date);
    byWeek.set(w, Math.max(byWeek.get(w) ?? -Infinity, p.value));
  }
  return Array.from({ length: weeks }, (_, i) => {
    const week = addDays(first, 7 * i);
    return { week, value: byWeek.get(week) ?? null };
  });
}

/** NPS responses (not CSAT, not deleted) oldest first. */
export function npsResponses(surveys: HealthInput['surveys']): NpsPoint[] {
  return surveys.filter((s) => !s.deleted && s.kind === 'nps').map((s) => ({ date: s.respondedAt.slice(0, 10), score: s.score })).sort((a, b) => a.date.localeCompare(b.date));
}
