import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { MetricsInput } from '../../../../../shared/domain/metrics/figures';
import { db } from '../../../db/instance';
import { useHealth } from '../../../db/health/health-client';

/** The records every report figure is computed from, and the names the screen shows. */
export type ReportData = { input: MetricsInput; memberNames: Map<string, string> };

/** Reads the records the reports use (deleted ones dropped); undefined while loading. */
export function useReportData(): ReportData | undefined {
  return useLiveQuery(async () => {
    const [accounts, events, responses, followUps, escalations, escalationEvents, commitments, members, leads] = await Promise.all([
      db.accounts.toArray(), db.accountEvents.toArray(), db.surveyResponses.toArray(), db.surveyFollowUps.toArray(),
      db.escalations.toArray(), db.escalationEvents.toArray(), db.commitments.toArray(), db.teamMembers.toArray(),
      db.expansionOpportunities.where('stage').equals('won').toArray(),
    ]);
    const live = <T extends { deleted: boolean }>(list: T[]) => list.filter((r) => !r.deleted);
    return {
      input: {
        accounts: live(accounts), events: live(events), responses: live(responses).map((r) => ({ ...r, theme: r.theme ?? '' })), followUps: live(followUps),
        escalations: live(escalations), escalationEvents: live(escalationEvents), commitments: live(commitments),
        won: live(leads).flatMap((l) => (l.closedAt ? [{ accountId: l.accountId, currency: l.currency, arrMinor: l.valueWonMinor, wonAt: l.closedAt }] : [])),
      },
      memberNames: new Map(members.map((m) => [m.id, m.name])),
    };
  }, []);
}

/** The current health score and band of every account (from the health worker). */
export function useHealthScores(): { accountId: string; score: number | null; band: string }[] {
  const byAccount = useHealth((s) => s.byAccount);
  return useMemo(() => [...byAccount.values()].filter((h) => !h.deleted).map((h) => ({ accountId: h.accountId, score: h.score, band: h.band })), [byAccount]);
}
