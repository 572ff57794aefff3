import { clampScore, daysAgo } from './dates';
import type { AsOf, ComponentReading, HealthInput } from './types';

/** Tickets in the last 30 days, the monthly average of the 90 days before, and the most repeated category of the last 90 days. */
export type SupportLoad = { recent: number; baselinePerMonth: number; topCategory: string | null; topCategoryCount: number };

/** Counts an account's tickets by window and category. */
export function supportLoad(tickets: HealthInput['tickets'], asOf: AsOf): SupportLoad {
  let recent = 0, base = 0;
  const categories = new Map<string, number>();
  for (const t of tickets) {
    if (t.deleted) continue;
    const ago = daysAgo(asOf.today, t.openedAt);
    if (ago < 0) continue;
    if (ago < 30) recent += 1;
    else if (ago < 120) base += 1;
    if (ago < 90 && t.category) categories.set(t.category, (categories.get(t.category) ?? 0) + 1);
  }
  let topCategory: string | null = null, topCategoryCount = 0;
  for (const [c, n] of categories) if (n > topCategoryCount) { topCategory = c; topCategoryCount = n; }
  return { recent, baselinePerMonth: base / 3, topCategory, topCategoryCount };
}

/**
 * Support load component: 100 less 20 points per ticket this month above the monthly baseline, and
 * 15 points per repeat of one category beyond two in 90 days. Missing when no ticket was ever recorded.
 */
export function supportComponent(input: HealthInput, asOf: AsOf): ComponentReading {
  if (!input.tickets.some((t) => !t.deleted)) return { score: null, sentence: 'No support tickets recorded' };
  const load = supportLoad(input.tickets, asOf);
  const excess = Math.max(0, load.recent - load.baselinePerMonth);
  const repeats = Math.max(0, load.topCategoryCount - 2);
  const score = clampScore(100 - 20 * excess - 15 * repeats);
  const base = `${load.recent} ticket${load.recent === 1 ? '' : 's'} in 30 days against ${load.baselinePerMonth.toFixed(1)} a month before`;
  const repeat = repeats > 0 ? `; ${load.topCategoryCount} about ${load.topCategory} in 90 days` : '';
  return { score, sentence: base + repeat };
}
