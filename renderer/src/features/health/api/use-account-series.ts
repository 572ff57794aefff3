import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { chartMetric, npsResponses, usageByWeek, type NpsPoint, type UsageWeek } from '../../../../../shared/domain/health/account-series';
import { db } from '../../../db/instance';
import { readHealthInputs } from '../../../db/queries/health-inputs';
import { localToday } from '../../../lib/format';

/** What the account's usage and NPS charts draw; undefined while loading. */
export type AccountSeries = { metric: string | null; usage: UsageWeek[]; nps: NpsPoint[] };

/** The account's weekly usage (its main metric, 26 weeks) and its NPS responses, live. */
export function useAccountSeries(accountId: string): AccountSeries | undefined {
  const input = useLiveQuery(async () => (await readHealthInputs(db, [accountId]))[0] ?? null, [accountId]);
  return useMemo(() => {
    if (input === undefined) return undefined;
    if (input === null) return { metric: null, usage: [], nps: [] };
    const metric = chartMetric(input.usage);
    return { metric, usage: metric ? usageByWeek(input.usage, metric, localToday()) : [], nps: npsResponses(input.surveys) };
  }, [input]);
}
