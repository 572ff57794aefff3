import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Account } from '../../../../../shared/domain/account';
import type { EscalationEvent } from '../../../../../shared/domain/escalation';
import { summarizePortfolio, type PortfolioSummary } from '../../../../../shared/domain/portfolio-summary';
import { readListAccounts } from '../../../db/queries/account-rows';
import { readOpenWork } from '../../../db/queries/open-work';
import { useNow, userZone } from '../../../lib/now';

/** The Today summary at `now` plus account names for display; undefined while loading. */
export type TodayView = { summary: PortfolioSummary; accountNames: Map<string, string>; events: EscalationEvent[]; now: number };

/** The Today summary, recomputed as records change and every minute (overdue moves with the clock). */
export function useToday(): TodayView | undefined {
  const accounts = useLiveQuery<Account[]>(readListAccounts, []);
  const work = useLiveQuery(readOpenWork, []);
  const now = useNow(60_000);
  return useMemo(() => {
    if (!accounts || !work) return undefined;
    const summary = summarizePortfolio({ accounts, escalations: work.escalations, commitments: work.commitments, now, zone: userZone });
    return { summary, accountNames: work.accountNames, events: work.events, now };
  }, [accounts, work, now]);
}
