// The portfolio's health over time: how many accounts stood in each band at the end of each period,
// and whose score fell most over a period. The scores come from healthHistory's recomputation in the
// health worker (docs/derived-data.md); these functions only count and rank them.
import { bandOf, type HealthBand } from '../health/bands';
import type { BandThresholds } from '../health/weights';
import { addDays } from '../local-date';
import type { ComparedLine, FigureLine } from './figure-lines';
import type { Period } from './period';
import { accountStateAt, type RetentionAccount, type RetentionEvent } from './retention';

/** Each account's score on each of `dates` (same order; null where the account had no score). */
export type HealthSeries = { dates: readonly string[]; scores: ReadonlyMap<string, readonly (number | null)[]> };

/** How many accounts stood in each band (unknown = no score: every signal missing). */
export type BandCounts = Record<HealthBand, number>;

/** Definition shown beside the health figures and charts. */
export const healthOverTimeDefinitions = {
  distribution: 'Health distribution: the accounts in each health band on the period\'s last day (today for a period still running), scored from the records as they stood that day. Accounts not created yet or already churned then are left out; "no score" means every signal was missing.',
  drops: 'Biggest health drops: the accounts whose score fell most between the day before the period started and its last day (today for a period still running), 5 points or more.',
} as const;

/**
 * The days a report needs scores on: the day before the first period starts, then each period's last
 * day (today for the running period; periods after today are left out). Oldest first.
 */
export function healthDatesFor(periods: readonly Period[], today: string): string[] {
  const first = periods[0];
  if (!first) return [];
  const ends = periods.filter((p) => p.start <= today).map((p) => (addDays(p.end, -1) < today ? addDays(p.end, -1) : today));
  return [addDays(first.start, -1), ...ends];
}

/** Whether an account existed and had not churned at the end of a local date. */
function liveOn(account: RetentionAccount, events: readonly RetentionEvent[], date: string, zone: string): boolean {
  if (account.deleted) return false;
  const state = accountStateAt(account, events, addDays(date, 1), zone);
  return state !== null && !state.churned;
}

/** Group events by account once (the counts look at every account on every date). */
function eventsByAccount(events: readonly RetentionEvent[]): Map<string, RetentionEvent[]> {
  const by = new Map<string, RetentionEvent[]>();
  for (const e of events) by.set(e.accountId, [...(by.get(e.accountId) ?? []), e]);
  return by;
}

/**
 * The band counts on each date of the series, for the given accounts (slice them first): accounts live
 * on that date only, banded with today's thresholds. An account missing from the series is not counted.
 */
export function bandCountsOver(series: HealthSeries, accounts: readonly RetentionAccount[], events: readonly RetentionEvent[], thresholds: BandThresholds, zone: string): { date: string; counts: BandCounts }[] {
  const byAccount = eventsByAccount(events);
  return series.dates.map((date, i) => {
    const counts: BandCounts = { healthy: 0, watch: 0, at_risk: 0, unknown: 0 };
    for (const a of accounts) {
      const scores = series.scores.get(a.id);
      if (!scores || i >= scores.length || !liveOn(a, byAccount.get(a.id) ?? [], date, zone)) continue;
      counts[bandOf(scores[i] ?? null, thresholds)] += 1;
    }
    return { date, counts };
  });
}

/** An account whose health fell over a period. */
export type HealthDrop = { accountId: string; name: string; before: number; after: number; drop: number; driver: string | null };

/** The least a fall must be to be listed (smaller moves are noise). */
export const minimumDrop = 5;

/**
 * The accounts whose score fell most between two dates of the series (`fromIndex` → `toIndex`), biggest
 * fall first (ties by name), at most `limit`: only accounts scored on both dates, live at the end, falling
 * by `minimumDrop` points or more. `driver` is today's top driver in words, when known.
 */
export function biggestHealthDrops(
  series: HealthSeries, fromIndex: number, toIndex: number, accounts: readonly (RetentionAccount & { name: string })[],
  events: readonly RetentionEvent[], driverOf: (accountId: string) => string | null, zone: string, limit = 5,
): HealthDrop[] {
  const end = series.dates[toIndex];
  if (end === undefined || series.dates[fromIndex] === undefined) return [];
  const byAccount = eventsByAccount(events);
  const out: HealthDrop[] = [];
  for (const a of accounts) {
    const scores = series.scores.get(a.id);
    const before = scores?.[fromIndex] ?? null;
    const after = scores?.[toIndex] ?? null;
    if (before === null || after === null || before - after < minimumDrop || !liveOn(a, byAccount.get(a.id) ?? [], end, zone)) continue;
    out.push({ accountId: a.id, name: a.name, before, after, drop: before - after, driver: driverOf(a.id) });
  }
  return out.sort((x, y) => y.drop - x.drop || x.name.localeCompare(y.name)).slice(0, limit);
}

/** The band counts of a period as figure lines (group "Health"), beside the other figures in the tables, the review and the CSV. */
export function healthFigureLines(counts: BandCounts): FigureLine[] {
  const line = (band: HealthBand, label: string): FigureLine => ({ key: `health:${band}`, group: 'Health', label, value: counts[band], format: 'count', definition: healthOverTimeDefinitions.distribution });
  return [line('healthy', 'Healthy accounts'), line('watch', 'Watch accounts'), line('at_risk', 'At-risk accounts'), line('unknown', 'Accounts with no score')];
}

/** The drops as rows of the figures CSV: score at the end of the period before, at the end of this one, the fall, today's top driver. */
export function healthDropLines(drops: readonly HealthDrop[]): ComparedLine[] {
  return drops.map((d) => ({
    key: `drop:${d.accountId}`, group: 'Biggest health drops', label: d.name, value: d.after, previous: d.before, format: 'count',
    shown: String(d.after), previousShown: String(d.before), changeShown: `−${d.drop}`,
    definition: d.driver ? `Top driver today: ${d.driver}` : healthOverTimeDefinitions.drops,
  }));
}
