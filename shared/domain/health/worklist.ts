import type { RiskAlert } from './risk-rules';

/** An account on the Today worklist: why, and its place in the ranking. */
export type WorklistEntry = { accountId: string; arrMinor: number; score: number | null; alerts: RiskAlert[]; rank: number };

/** How urgent an account is: its most urgent alert, plus a fifth for each further alert. */
export function urgencyOf(alerts: readonly RiskAlert[]): number {
  if (alerts.length === 0) return 0;
  const top = Math.max(...alerts.map((a) => a.urgency));
  return top + 0.2 * (alerts.length - 1);
}

/** ARR at risk: the ARR times the missing share of health (half of it when the score is unknown). */
export function arrAtRisk(arrMinor: number, score: number | null): number {
  return arrMinor * (score === null ? 0.5 : (100 - score) / 100);
}

/** The worklist: accounts with at least one alert, ranked by ARR at risk × urgency (ties by ARR). */
export function rankWorklist(entries: readonly Omit<WorklistEntry, 'rank'>[]): WorklistEntry[] {
  return entries
    .filter((e) => e.alerts.length > 0)
    .map((e) => ({ ...e, rank: arrAtRisk(e.arrMinor, e.score) * urgencyOf(e.alerts) }))
    .sort((a, b) => b.rank - a.rank || b.arrMinor - a.arrMinor || a.accountId.localeCompare(b.accountId));
}
