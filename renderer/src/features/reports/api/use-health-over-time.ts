import { useEffect, useMemo } from 'react';
import type { HealthSeries } from '../../../../../shared/domain/metrics/health-over-time';
import { useHealth } from '../../../db/health/health-client';
import { requestHealthHistory, useHealthHistory } from '../../../db/health/health-history-client';

/** Past health for the report: the series once computed (null before), progress while it computes, a failure in words. */
export type HealthOverTime = { series: HealthSeries | null; progress: { done: number; total: number } | null; error: string | null; driverOf: (accountId: string) => string | null };

/**
 * Asks the health worker for every account's score on these days (again whenever scores changed;
 * unchanged accounts come from its cache) and returns what it answered for exactly these days.
 */
export function useHealthOverTime(dates: readonly string[]): HealthOverTime {
  const key = dates.join(',');
  const version = useHealthHistory((s) => s.version);
  useEffect(() => { if (key) requestHealthHistory(key.split(',')); }, [key, version]);
  const shownDates = useHealthHistory((s) => s.dates);
  const byAccount = useHealthHistory((s) => s.byAccount);
  const progress = useHealthHistory((s) => s.progress);
  const error = useHealthHistory((s) => s.error);
  const health = useHealth((s) => s.byAccount);
  return useMemo(() => ({
    series: byAccount && shownDates.join(',') === key ? { dates: shownDates, scores: byAccount } : null,
    progress, error, driverOf: (id: string) => health.get(id)?.drivers[0] ?? null,
  }), [byAccount, shownDates, key, progress, error, health]);
}
