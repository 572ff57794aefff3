import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { AccountRow } from '../../../../../shared/domain/account-list';
import {
  buildAccountRows, readConflictCounts, readEscalationCounts, readLastTouches, readListAccounts, readOurOpenCommitments,
  readStakeholderNames,
} from '../../../db/queries/account-rows';
import { useNow, userZone } from '../../../lib/now';

/**
 * Live account rows; undefined while the accounts load. The accounts show as soon as they are read;
 * each fact column fills in when its own table has been read, and only the changed table is re-read.
 */
export function useAccountRows(): AccountRow[] | undefined {
  const accounts = useLiveQuery(readListAccounts, []);
  const stakeholderNames = useLiveQuery(readStakeholderNames, []);
  const escalations = useLiveQuery(readEscalationCounts, []);
  const ourOpenCommitments = useLiveQuery(readOurOpenCommitments, []);
  const lastTouchAt = useLiveQuery(readLastTouches, []);
  const openConflicts = useLiveQuery(readConflictCounts, []);
  // Overdue moves with the clock: recount every minute.
  const now = useNow(60_000);
  return useMemo(
    () => (accounts ? buildAccountRows(accounts, { stakeholderNames, escalations, ourOpenCommitments, lastTouchAt, openConflicts }, now, userZone) : undefined),
    [accounts, stakeholderNames, escalations, ourOpenCommitments, lastTouchAt, openConflicts, now],
  );
}
