import { useLiveQuery } from 'dexie-react-hooks';
import type { Conflict } from '../../../../../shared/domain/conflict';
import type { Rejection } from '../../../db/db';
import { db } from '../../../db/instance';

/** Unsent edits, open conflicts and rejections, live. */
export function useSyncFacts(): { pending: number; conflicts: Conflict[]; rejections: Rejection[] } {
  return useLiveQuery(async () => {
    const [pending, conflicts, rejections] = await Promise.all([db.outbox.count(), db.conflicts.toArray(), db.rejections.toArray()]);
    return { pending, conflicts: conflicts.filter((c) => !c.resolved && !c.deleted), rejections };
  }, []) ?? { pending: 0, conflicts: [], rejections: [] };
}
