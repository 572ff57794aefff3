import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/instance';
import { hasSamplePortfolio, removeSamplePortfolio } from '../../../db/sample-data';
import { useMe } from '../../../lib/me';

/** Whether this device holds the sample portfolio (which should not be pushed into a real team). */
export function useHasSample(): boolean {
  return useLiveQuery(() => hasSamplePortfolio(db), []) ?? false;
}

/** Drops the sample portfolio before the first sync, and forgets a sample team member chosen as "me". */
export async function dropSampleBeforeJoining(): Promise<void> {
  await removeSamplePortfolio(db);
  const me = useMe.getState();
  if (me.memberId?.startsWith('tm-')) me.setMemberId(null);
}
