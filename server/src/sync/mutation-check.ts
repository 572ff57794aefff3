import { isEntityName, type EntityName } from '../../../shared/domain/entities';
import { parseHlc } from '../../../shared/sync/hlc';
import {
  fieldUpdateSchema, hlcSchema, maxClockSkewMs, spaceSchema, type FieldUpdate, type RejectionReason, type Space,
} from '../../../shared/sync/protocol';
import { recordIdSchema } from '../../../shared/domain/common';
import { poisonedMutationMark } from '../http/poisoned-keys';

/** A mutation whose parts are well-formed (values are checked later, against the entity). */
export type CheckedMutation = {
  mutationId: number; hlc: string; entity: EntityName; id: string; space: Space; fields: [string, FieldUpdate][];
};

/** Why one mutation is refused. */
export type Rejection = { reason: RejectionReason; field?: string; message: string };

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks the parts of one pushed mutation; a defect rejects this mutation alone. */
export function checkMutation(raw: Record<string, unknown> & { mutationId: number }, nowMs: number): CheckedMutation | Rejection {
  const poisoned = raw[poisonedMutationMark];
  if (poisoned !== undefined) {
    return { reason: 'bad_mutation', message: `The key "${String(poisoned)}" is not allowed in a mutation (as a field name or inside a value)` };
  }
  if (!hlcSchema.safeParse(raw.hlc).success) {
    return { reason: 'bad_mutation', message: 'hlc must look like 2026-11-22T06:33:21.123Z-0000-0123456789abcdef' };
  }
  if (!recordIdSchema.safeParse(raw.id).success) return { reason: 'bad_mutation', message: 'id must be 1–64 letters, digits, _ or -' };
  const space = spaceSchema.safeParse(raw.space);
  if (!space.success) return { reason: 'bad_mutation', message: 'space must be "team" or "private"' };
  if (!isPlainObject(raw.fields) || Object.keys(raw.fields).length === 0) {
    return { reason: 'bad_mutation', message: 'fields must be an object with at least one field update' };
  }
  const fields: [string, FieldUpdate][] = [];
  for (const [field, update] of Object.entries(raw.fields)) {
    const parsed = fieldUpdateSchema.safeParse(update);
    if (!parsed.success) {
      return { reason: 'bad_mutation', field, message: `${field} must be {"value": …, "base": <version ≥ 0>}` };
    }
    fields.push([field, parsed.data]);
  }
  const entity = raw.entity;
  if (typeof entity !== 'string' || !isEntityName(entity)) {
    return { reason: 'unknown_entity', message: `There is no record type ${JSON.stringify(entity)}` };
  }
  const hlc = raw.hlc as string;
  if (parseHlc(hlc).wallMs - nowMs > maxClockSkewMs) {
    return { reason: 'clock_skew', message: "This device's clock is more than a day ahead; set the correct time and edit again" };
  }
  return { mutationId: raw.mutationId, hlc, entity, id: raw.id as string, space: space.data, fields };
}

/** Whether a check produced a rejection. */
export function isRejection(result: CheckedMutation | Rejection): result is Rejection {
  return 'reason' in result;
}
