import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { changesSince, type ChangeLine } from '../../../../../shared/domain/health/changes-since';
import { db } from '../../../db/instance';
import { readHealthInputs } from '../../../db/queries/health-inputs';
import { lastVisitOf, recordVisit } from '../../../lib/account-visits';
import { localToday } from '../../../lib/format';
import { useHealthSettings } from '../../../lib/health-settings';

/** Since when, and what changed; `since` null on the first visit on this device. Undefined while loading. */
export type ChangesSinceView = { since: string | null; lines: ChangeLine[] };

/** What changed on the account since it was last opened here; opening it now becomes the next "last visit". */
export function useChangesSinceLastVisit(accountId: string): ChangesSinceView | undefined {
  const [since] = useState(() => lastVisitOf(accountId));
  useEffect(() => { recordVisit(accountId, new Date().toISOString()); }, [accountId]);
  const input = useLiveQuery(async () => (await readHealthInputs(db, [accountId]))[0] ?? null, [accountId]);
  const settings = useHealthSettings((s) => s.settings);
  return useMemo(() => {
    if (input === undefined) return undefined;
    if (since === null || input === null) return { since, lines: [] };
    return { since, lines: changesSince(input, since, localToday(), settings) };
  }, [input, since, settings]);
}
