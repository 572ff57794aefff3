import { checkFieldValue } from '../../../shared/domain/entities';
import { clientWritableConflictFields } from '../../../shared/domain/conflict';
import { defaultsFor, missingRequiredFields } from '../../../shared/domain/record-defaults';
import { mergeField, type ConcurrentValues, type FieldMerge, type StoredField } from '../../../shared/sync/merge';
import { isStorableJson, type MutationResult, type User } from '../../../shared/sync/protocol';
import { createConflictRecord } from './conflict-records';
import { refuseMemberFields } from './member-fields';
import type { CheckedMutation, Rejection } from './mutation-check';
import type { FieldWrite, PushRecordStore, RecordKey, StoredRecord } from './record-store';

/**
 * What applying a mutation needs besides the mutation: who writes, the team's version counter, and
 * which ids are users of the team (their member records have server-written fields).
 */
export type PushContext = {
  store: PushRecordStore; user: User; clientId: string; now: Date; nextVersion: () => number; isTeamUser: (id: string) => boolean;
};

const writableConflictFields: readonly string[] = clientWritableConflictFields;

/** Checks ownership, space, every value and that a create is complete; null when the mutation may be applied. */
function refuse(m: CheckedMutation, ctx: PushContext, record: StoredRecord | null): Rejection | null {
  const { user } = ctx;
  if (record && record.space === 'private' && record.ownerId !== user.id) {
    return { reason: 'forbidden', message: 'This is another user\u2019s private record' };
  }
  if (record && record.space !== m.space) {
    return { reason: 'space_mismatch', message: `This record is in the ${record.space} space; it cannot move to ${m.space}` };
  }
  if (m.entity === 'conflicts') {
    if (!record) return { reason: 'forbidden', message: 'Conflict records are created by the server only' };
    const field = m.fields.find(([name]) => !writableConflictFields.includes(name))?.[0];
    if (field) return { reason: 'forbidden', field, message: `Only "resolved" of a conflict record can be changed, not "${field}"` };
  }
  for (const [field, update] of m.fields) {
    const check = checkFieldValue(m.entity, field, update.value);
    if (!check.ok) return { reason: check.reason, field, message: check.message };
    if (!isStorableJson(check.value)) {
      return { reason: 'invalid_value', field, message: `${field} contains text or nesting that cannot be stored` };
    }
    update.value = check.value;
  }
  if (m.entity === 'teamMembers') {
    const refusal = refuseMemberFields(m, ctx.isTeamUser(m.id));
    if (refusal) return refusal;
  }
  if (!record) {
    const missing = missingRequiredFields(m.entity, m.fields.map(([field]) => field))[0];
    if (missing) {
      return { reason: 'invalid_value', field: missing, message: `A new ${m.entity} record needs "${missing}"; this write creates the record without it` };
    }
  }
  return null;
}

/** Applies one well-formed mutation with the field rule, creating conflict records for lost values. */
export async function applyMutation(ctx: PushContext, m: CheckedMutation): Promise<MutationResult> {
  const key: RecordKey = { teamId: ctx.user.teamId, entity: m.entity, id: m.id };
  const existing = await ctx.store.get(key);
  const refusal = refuse(m, ctx, existing);
  if (refusal) return { mutationId: m.mutationId, status: 'rejected', ...refusal };
  const record: StoredRecord = existing ? { space: existing.space, ownerId: existing.ownerId } : { space: m.space, ownerId: ctx.user.id };
  const stored = existing?.fields ?? new Map<string, StoredField>();
  const writer = { userId: ctx.user.id, clientId: ctx.clientId };
  const decisions: [string, unknown, FieldMerge][] = m.fields.map(([field, update]) => [
    field, update.value, mergeField(stored.get(field), { value: update.value, base: update.base, hlc: m.hlc, writer }),
  ]);

  const toWrite = decisions.filter(([, , d]) => d.action === 'write');
  let writeVersion: number | null = null;
  if (toWrite.length > 0) {
    const v = ctx.nextVersion();
    writeVersion = v;
    const writes: FieldWrite[] = toWrite.map(([field, value]) => ({ field, value, version: v, hlc: m.hlc, writer }));
    // A create carries every field: the defaults of those it omits are written with it (PROTOCOL.md 1.1).
    if (!existing) {
      const defaults = defaultsFor(m.entity, m.fields.map(([field]) => field), ctx.now.toISOString());
      for (const [field, value] of Object.entries(defaults)) writes.push({ field, value, version: v, hlc: m.hlc, writer });
    }
    ctx.store.write(key, record, v, writes);
  }
  const lost = decisions.flatMap(([field, , d]): [string, ConcurrentValues][] => (d.conflict ? [[field, d.conflict]] : []));
  let conflictVersion: number | null = null;
  for (const [field, values] of lost) {
    conflictVersion = ctx.nextVersion();
    createConflictRecord(ctx.store, { key, record, field, values }, conflictVersion, ctx.now);
  }
  // When every value equalled a concurrent one nothing was written: report the versions the fields carry.
  const version = writeVersion ?? conflictVersion ?? Math.max(0, ...m.fields.map(([field]) => stored.get(field)?.version ?? 0));
  if (lost.length === 0) return { mutationId: m.mutationId, status: 'applied', version };
  return {
    mutationId: m.mutationId, status: 'conflict', version,
    conflicts: lost.map(([field, values]) => ({ field, kept: values.kept })),
  };
}
