import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import type { Account } from '../../../../../shared/domain/account';
import type { AccountRow } from '../../../../../shared/domain/account-list';
import {
  buildAccountRows, readConflictCounts, readEscalationCounts, readLastTouches, readListAccounts, readOurOpenCommitments,
  readStakeholderNames,
} from '../../../db/queries/account-rows';
import { useNow, userZone } from '../../../lib/now';

/** The list's accounts and their rows; `factsLoaded` once every fact column has been read. */
export type AccountRowsView = { accounts: readonly Account[]; rows: AccountRow[]; factsLoaded: boolean };

/** A live query that starts only once `enabled` (undefined until then). */
function useLiveQueryWhen<T>(enabled: boolean, read: () => Promise<T>): T | undefined {
  return useLiveQuery(() => (enabled ? read() : undefined), [enabled]);
}

/**
 * Live account rows; undefined while the accounts load. The accounts show first; the fact columns
 * (stakeholders, escalations, overdue, last touch, conflicts) are read after that first paint, each
 * from its own table, and a change re-reads only the table it touched.
 */
export function useAccountRows(): AccountRowsView | undefined {
  const accounts = useLiveQuery(readListAccounts, []);
  const [factsWanted, setFactsWanted] = useState(false);
  useEffect(() => {
    if (!accounts || factsWanted) return undefined;
    // Wait for the frame with the first rows to be painted before reading (and deserialising) the rest.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => { timer = setTimeout(() => setFactsWanted(true), 0); });
    return () => { cancelAnimationFrame(frame); if (timer) clearTimeout(timer); };
  }, [accounts, factsWanted]);
  const stakeholderNames = useLiveQueryWhen(factsWanted, readStakeholderNames);
  const escalations = useLiveQueryWhen(factsWanted, readEscalationCounts);
  const ourOpenCommitments = useLiveQueryWhen(factsWanted, readOurOpenCommitments);
  const lastTouchAt = useLiveQueryWhen(factsWanted, readLastTouches);
  const openConflicts = useLiveQueryWhen(factsWanted, readConflictCounts);
  // Overdue moves with the clock: recount every minute.
  const now = useNow(60_000);
  return useMemo(() => {
    if (!accounts) return undefined;
    const facts = { stakeholderNames, escalations, ourOpenCommitments, lastTouchAt, openConflicts };
    const factsLoaded = Object.values(facts).every((part) => part !== undefined);
    return { accounts, rows: buildAccountRows(accounts, facts, now, userZone), factsLoaded };
  }, [accounts, stakeholderNames, escalations, ourOpenCommitments, lastTouchAt, openConflicts, now]);
}
