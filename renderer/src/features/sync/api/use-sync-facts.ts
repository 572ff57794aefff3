import { useLiveQuery } from 'dexie-react-hooks';
import type { Conflict } from '../../../../../shared/domain/conflict';
import { isEntityName } from '../../../../../shared/domain/entities';
import type { Rejection } from '../../../db/db';
import { db } from '../../../db/instance';

/** Unsent edits, open conflicts and rejections (with the name of the record each concerns), live. */
export function useSyncFacts(): { pending: number; conflicts: Conflict[]; rejections: Rejection[]; recordNames: Map<string, string> } {
  return useLiveQuery(async () => {
    const [pending, all, rejections] = await Promise.all([db.outbox.count(), db.conflicts.toArray(), db.rejections.toArray()]);
    const conflicts = all.filter((c) => !c.resolved && !c.deleted);
    const recordNames = new Map<string, string>();
    for (const { entity, recordId } of [...conflicts, ...rejections]) {
      if (!isEntityName(entity)) continue;
      const record = (await db.table(entity).get(recordId)) as { name?: unknown; title?: unknown } | undefined;
      const label = typeof record?.name === 'string' ? record.name : typeof record?.title === 'string' ? record.title : null;
      if (label) recordNames.set(`${entity}:${recordId}`, label);
    }
    return { pending, conflicts, rejections, recordNames };
  }, []) ?? { pending: 0, conflicts: [], rejections: [], recordNames: new Map() };
}
