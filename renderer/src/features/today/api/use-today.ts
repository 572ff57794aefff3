import { useLiveQuery } from 'dexie-react-hooks';
import { summarizePortfolio, type PortfolioSummary } from '../../../../../shared/domain/portfolio-summary';
import { db } from '../../../db/instance';
import { readEscalationEvents, readOpenCommitments, readOpenEscalations } from '../../../db/open-work';
import type { EscalationEvent } from '../../../../../shared/domain/escalation';
import { localToday } from '../../../lib/format';

/** The Today summary plus account names for display; undefined while loading. */
export function useToday(): { summary: PortfolioSummary; accountNames: Map<string, string>; today: string; events: EscalationEvent[] } | undefined {
  return useLiveQuery(async () => {
    const [accounts, escalations, commitments] = await Promise.all([
      db.accounts.toArray(),
      readOpenEscalations(),
      readOpenCommitments(),
    ]);
    const today = localToday();
    const events = await readEscalationEvents(escalations.map((e) => e.id));
    return {
      summary: summarizePortfolio({ accounts, escalations, commitments, today }),
      accountNames: new Map(accounts.map((a) => [a.id, a.name])),
      today,
      events,
    };
  }, []);
}
