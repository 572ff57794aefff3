import type { Conflict } from '../../../../../shared/domain/conflict';
import { isEntityName } from '../../../../../shared/domain/entities';
import { data, db } from '../../../db/instance';

/** Accepts the value that was kept: the conflict is marked resolved for everyone. */
export function keepTheirs(conflict: Conflict): Promise<void> {
  return data.update('conflicts', conflict.id, { resolved: true });
}

/** Puts the losing value back, as a normal new edit, and marks the conflict resolved. */
export async function restoreMine(conflict: Conflict): Promise<void> {
  if (isEntityName(conflict.entity) && (await db.table(conflict.entity).get(conflict.recordId))) {
    await data.update(conflict.entity, conflict.recordId, { [conflict.field]: conflict.lostValue } as never);
  }
  await data.update('conflicts', conflict.id, { resolved: true });
}

/** Dismisses a rejection the user has read. */
export function dismissRejection(seq: number): Promise<void> {
  return db.rejections.delete(seq);
}
