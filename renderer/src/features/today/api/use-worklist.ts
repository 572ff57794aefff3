import { useMemo } from 'react';
import { rankWorklist, type WorklistEntry } from '../../../../../shared/domain/health/worklist';
import { useHealth } from '../../../db/health/health-client';
import type { AccountHealth } from '../../../db/health/health-summary';
import { useSnoozes, type Snooze } from '../stores/snooze-store';

/** A worklist row: the ranking entry, the account's health summary, and its snooze if it has one. */
export type WorklistItem = WorklistEntry & { health: AccountHealth; snoozed: Snooze | null };

/** Today's worklist, ranked by ARR at risk × urgency; snoozed items (until a date after today) come apart. Undefined until first scored. */
export function useWorklist(today: string): { active: WorklistItem[]; snoozed: WorklistItem[] } | undefined {
  const { byAccount, ready } = useHealth();
  const snoozes = useSnoozes((s) => s.snoozes);
  return useMemo(() => {
    if (!ready) return undefined;
    const live = [...byAccount.values()].filter((h) => !h.deleted);
    const ranked = rankWorklist(live.map((h) => ({ accountId: h.accountId, arrMinor: h.arrMinor, score: h.score, alerts: h.alerts })));
    const items = ranked.map((e): WorklistItem => {
      const s = snoozes[e.accountId];
      return { ...e, health: byAccount.get(e.accountId) as AccountHealth, snoozed: s && s.until > today ? s : null };
    });
    return { active: items.filter((i) => !i.snoozed), snoozed: items.filter((i) => i.snoozed) };
  }, [byAccount, ready, snoozes, today]);
}
