import { z } from 'zod';
import { entityFields, type EntityFields, type EntityName } from './entities';
import { compileShapeCheck, type FastCheck } from './fast-record-check';
import { defaultsFor } from './record-defaults';

const recordSchemas = new Map<EntityName, z.ZodType>();
const fastChecks = new Map<EntityName, FastCheck | null>();

/** The compiled check of an entity's fields (see fast-record-check.ts), null when its schema cannot be compiled. */
export function fastCheckOf(entity: EntityName): FastCheck | null {
  let check = fastChecks.get(entity);
  if (check === undefined) {
    check = compileShapeCheck(entityFields[entity]);
    fastChecks.set(entity, check);
  }
  return check;
}

/** The whole-record schema of an entity (without its id), built once: building it per record dominated bulk work. */
export function recordSchemaOf(entity: EntityName): z.ZodType {
  let schema = recordSchemas.get(entity);
  if (!schema) {
    schema = z.object(entityFields[entity]);
    recordSchemas.set(entity, schema);
  }
  return schema;
}

const unchangedChecks = new Map<EntityName, FastCheck | null>();

/**
 * Validates a complete record's fields for writing: the fields themselves (only the entity's, in a
 * new object) when the compiled check shows zod would accept them unchanged, else zod's parse (which
 * trims, fills defaults and says what is wrong).
 */
export function parseRecordFields(entity: EntityName, fields: Record<string, unknown>): { success: true; data: Record<string, unknown> } | { success: false; error: z.ZodError } {
  let check = unchangedChecks.get(entity);
  if (check === undefined) {
    check = compileShapeCheck(entityFields[entity], { unchanged: true });
    unchangedChecks.set(entity, check);
  }
  if (check?.(fields)) {
    const data: Record<string, unknown> = {};
    for (const key in entityFields[entity]) if (key in fields) data[key] = fields[key];
    return { success: true, data };
  }
  const parsed = recordSchemaOf(entity).safeParse(fields);
  return parsed.success ? { success: true, data: parsed.data as Record<string, unknown> } : { success: false, error: parsed.error };
}

/** The outcome of reading a stored or pulled record: usable (defaults filled in), or set aside with the reason. */
export type RecordReading<E extends EntityName> =
  | { ok: true; record: EntityFields<E> & { id: string }; filled: boolean }
  | { ok: false; problem: string };

/**
 * Checks a record another device or an older version wrote before the app relies on it. Fields with
 * a default that are missing take it (a record written before the field existed); a field without a
 * default that is missing, or a value its schema refuses, makes the record unreadable, with the reason
 * in words. Unknown fields are kept as they are.
 */
export function readRecord<E extends EntityName>(entity: E, raw: Record<string, unknown>, nowIso: string): RecordReading<E> {
  // The common case, a complete and valid record, is told by the compiled check without zod (the
  // record's id and unknown fields are ignored by both). Anything else goes through zod below.
  const fast = fastCheckOf(entity);
  if (fast) {
    let complete = true;
    for (const field in entityFields[entity]) if (raw[field] === undefined) { complete = false; break; }
    if (complete && fast(raw)) return { ok: true, record: raw as EntityFields<E> & { id: string }, filled: false };
  }
  const fields: Record<string, unknown> = {};
  for (const key in raw) if (key !== 'id') fields[key] = raw[key];
  // Records are nearly always complete: look up defaults only when a field is missing.
  let complete = true;
  for (const field in entityFields[entity]) if (fields[field] === undefined) complete = false;
  const defaults = complete ? {} : defaultsFor(entity, Object.keys(fields).filter((k) => fields[k] !== undefined), nowIso);
  Object.assign(fields, defaults);
  const parsed = recordSchemaOf(entity).safeParse(fields);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? '');
    const problem = issue?.code === 'invalid_type' && fields[field] === undefined ? `it has no ${field}` : `${field}: ${issue?.message ?? 'invalid value'}`;
    return { ok: false, problem };
  }
  const filled = Object.keys(defaults).length > 0;
  const record = (filled ? { ...raw, ...defaults } : raw) as EntityFields<E> & { id: string };
  return { ok: true, record, filled };
}
