import { useMemo } from 'react';
import type { AccountRow } from '../../../../../shared/domain/account-list';
import type { HealthBand } from '../../../../../shared/domain/health/bands';
import { useHealth } from '../../../db/health/health-client';

/** One account's score and band as the list shows it; undefined until the health worker has scored it. */
export type ListHealth = { score: number | null; band: HealthBand };

/**
 * The rows with each account's health joined on when `needed` (the list sorts or filters by health);
 * otherwise the rows as they are, and a new score does not re-render (nor re-join) the list.
 */
export function useRowsWithHealth(rows: AccountRow[] | undefined, needed: boolean): AccountRow[] | undefined {
  const health = useHealth((s) => (needed ? s.byAccount : null));
  return useMemo(() => {
    if (!rows || !health) return rows;
    return rows.map((r) => {
      const h = health.get(r.account.id);
      return h ? { ...r, health: { score: h.score, band: h.band } } : r;
    });
  }, [rows, health]);
}

/** One account's health, live: only the component reading it re-renders when its score changes. */
export function useListHealth(accountId: string): ListHealth | undefined {
  return useHealth((s) => s.byAccount.get(accountId));
}

/** Whether the first scoring has answered (scores or an error): until then a missing score means "not yet", not "none". */
export function useHealthScored(): boolean {
  return useHealth((s) => s.ready || s.error !== null);
}
