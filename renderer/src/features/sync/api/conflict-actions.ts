import type { Conflict } from '../../../../../shared/domain/conflict';
import { checkFieldValue, isEntityName } from '../../../../../shared/domain/entities';
import type { Rejection } from '../../../db/db';
import { data, db } from '../../../db/instance';
import { dismissRejection as forgetRejection } from '../../../db/sync-state';

/** Accepts the value that was kept: the conflict is marked resolved for everyone. */
export function keepTheirs(conflict: Conflict): Promise<void> {
  return data.update('conflicts', conflict.id, { resolved: true });
}

/** Puts the losing value back, as a normal new edit, and marks the conflict resolved. */
export function restoreMine(conflict: Conflict): Promise<void> {
  return data.command(async (w) => {
    if (isEntityName(conflict.entity) && (await db.table(conflict.entity).get(conflict.recordId))) {
      await w.update(conflict.entity, conflict.recordId, { [conflict.field]: conflict.lostValue } as never);
    }
    await w.update('conflicts', conflict.id, { resolved: true });
  });
}

/** Dismisses a rejection the user has read. */
export function dismissRejection(seq: number): Promise<void> {
  return forgetRejection(db, seq);
}

/** The text a refused value is edited as: strings as they are, anything else as JSON. */
export function rejectionText(typed: unknown): string {
  return typeof typed === 'string' ? typed : JSON.stringify(typed);
}

/** Whether a refused edit can be corrected here: it names one field of a record that still exists. */
export async function canCorrect(rejection: Rejection): Promise<boolean> {
  return rejection.field !== null && isEntityName(rejection.entity) && (await db.table(rejection.entity).get(rejection.recordId)) !== undefined;
}

/**
 * Writes the corrected value of a refused edit as a new edit (checked by the same rule as every
 * edit) and removes the refusal; answers why when the value is still not acceptable.
 */
export async function correctRejection(rejection: Rejection, text: string): Promise<{ ok: true } | { ok: false; message: string }> {
  const { entity, field, recordId } = rejection;
  if (field === null || !isEntityName(entity)) return { ok: false, message: 'This refusal concerns the whole edit; it cannot be corrected field by field.' };
  if (!(await db.table(entity).get(recordId))) return { ok: false, message: 'The record no longer exists on this device.' };
  let value: unknown = text;
  if (typeof rejection.typed !== 'string') {
    try {
      value = JSON.parse(text);
    } catch {
      value = text;
    }
  }
  const check = checkFieldValue(entity, field, value);
  if (!check.ok) return { ok: false, message: check.message.replace(/^[^:]*: /, '') };
  const seq = rejection.seq;
  await data.command(async (w) => {
    await w.update(entity, recordId, { [field]: check.value } as never);
    if (seq !== undefined) await forgetRejection(db, seq);
  });
  return { ok: true };
}
