import { useLiveQuery } from 'dexie-react-hooks';
import type { Conflict } from '../../../../../shared/domain/conflict';
import type { TeamMember } from '../../../../../shared/domain/team-member';
import { isEntityName } from '../../../../../shared/domain/entities';
import type { Rejection } from '../../../db/db';
import type { SetAsideRecord } from '../../../db/sync-state-schema';
import { db } from '../../../db/instance';

/** What the sync screens show: unsent edits (those held for a wrong clock among them), open conflicts, refusals and records set aside. */
export type SyncFacts = {
  pending: number; heldForClock: number; conflicts: Conflict[]; rejections: Rejection[]; setAside: SetAsideRecord[]; recordNames: Map<string, string>;
  /** Everyone on the team (deactivated and removed people too: their old edits still name them). */
  members: TeamMember[];
};

/** Unsent edits, open conflicts, rejections and records set aside (with the name of the record each concerns), live. */
export function useSyncFacts(): SyncFacts {
  return useLiveQuery(async () => {
    const [queued, all, rejections, setAside, heldForClock, members] = await Promise.all([
      db.outbox.count(), db.conflicts.toArray(), db.rejections.toArray(), db.setAside.toArray(), db.held.count(), db.teamMembers.toArray(),
    ]);
    const pending = queued + heldForClock;
    const conflicts = all.filter((c) => !c.resolved && !c.deleted);
    const recordNames = new Map<string, string>();
    for (const { entity, recordId } of [...conflicts, ...rejections]) {
      if (!isEntityName(entity)) continue;
      const record = (await db.table(entity).get(recordId)) as { name?: unknown; title?: unknown } | undefined;
      const label = typeof record?.name === 'string' ? record.name : typeof record?.title === 'string' ? record.title : null;
      if (label) recordNames.set(`${entity}:${recordId}`, label);
    }
    return { pending, heldForClock, conflicts, rejections, setAside, recordNames, members };
  }, []) ?? { pending: 0, heldForClock: 0, conflicts: [], rejections: [], setAside: [], recordNames: new Map(), members: [] };
}
