import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import type { Account } from '../../../../../shared/domain/account';
import type { AccountRow } from '../../../../../shared/domain/account-list';
import {
  buildAccountRows, createRowJoiner, readConflictCounts, readEscalationCounts, readFirstAccountsByName, readLastTouches, readListAccounts, readOurOpenCommitments,
  readStakeholderNames,
} from '../../../db/queries/account-rows';
import { useNow, userZone } from '../../../lib/now';

/**
 * The list's accounts and their rows; `factsLoaded` once every fact column has been read; `complete`
 * once every account has (before that, only the first accounts by name, for the first screen).
 */
export type AccountRowsView = { accounts: readonly Account[]; rows: AccountRow[]; factsLoaded: boolean; complete: boolean };

/** Accounts read for the first screen before the whole portfolio: more than a tall window shows. */
const firstScreenRows = 100;

/** A live query that starts only once `enabled` (undefined until then). */
function useLiveQueryWhen<T>(enabled: boolean, read: () => Promise<T>): T | undefined {
  return useLiveQuery(() => (enabled ? read() : undefined), [enabled]);
}

/**
 * Live account rows; undefined while the accounts load. The accounts show first; the fact columns
 * (stakeholders, escalations, overdue, last touch, conflicts) are read after that first paint, each
 * from its own table, and join the rows together once all are read; a change re-reads only the
 * table it touched and renews only the rows it changed.
 */
export function useAccountRows(): AccountRowsView | undefined {
  const accounts = useLiveQuery(readListAccounts, []);
  // The first screen's accounts, read from the name index at once; reading (and copying) the whole
  // portfolio takes longer. A failure here is left to the full read, which reports it.
  const [firstScreen, setFirstScreen] = useState<Account[] | undefined>(undefined);
  useEffect(() => {
    let current = true;
    readFirstAccountsByName(firstScreenRows).then((first) => { if (current) setFirstScreen(first); }, () => undefined);
    return () => { current = false; };
  }, []);
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
  // Rows equal to the last join's are kept (the same objects, the same array when none changed).
  const [join] = useState(createRowJoiner);
  return useMemo(() => {
    if (!accounts) return firstScreen ? { accounts: firstScreen, rows: buildAccountRows(firstScreen, {}, now, userZone), factsLoaded: false, complete: false } : undefined;
    const facts = { stakeholderNames, escalations, ourOpenCommitments, lastTouchAt, openConflicts };
    const factsLoaded = Object.values(facts).every((part) => part !== undefined);
    // The fact columns join once, when all their parts are read (read side by side, they land close
    // together): not a re-join of every row per arriving part. After that, a change re-joins only
    // its part, and only the rows it changed are new.
    return { accounts, rows: join(accounts, factsLoaded ? facts : {}, now, userZone), factsLoaded, complete: true };
  }, [accounts, firstScreen, stakeholderNames, escalations, ourOpenCommitments, lastTouchAt, openConflicts, now, join]);
}
