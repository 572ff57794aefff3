import type { Queryable } from '../db/database';
import { newId } from '../users/users';
import type { ConcurrentValues } from '../../../shared/sync/merge';
import { upsertRecord, writeFields, type RecordKey, type StoredRecord } from './record-store';

/** What a conflict record is about. */
export type ConflictSubject = { key: RecordKey; record: StoredRecord; field: string; values: ConcurrentValues };

/**
 * Stores the losing value of a concurrent pair as a `conflicts` record in the space of the record
 * concerned, with a server-generated id and its own version. It counts as written by no client.
 */
export async function createConflictRecord(tx: Queryable, subject: ConflictSubject, version: number, at: Date): Promise<string> {
  const { key, record, field, values } = subject;
  const conflictKey: RecordKey = { teamId: key.teamId, entity: 'conflicts', id: newId('cf') };
  const fields: Record<string, unknown> = {
    entity: key.entity,
    recordId: key.id,
    field,
    keptValue: values.keptValue.value,
    lostValue: values.lostValue.value,
    keptBy: values.keptValue.writer?.userId ?? null,
    lostBy: values.lostValue.writer?.userId ?? null,
    keptHlc: values.keptValue.hlc,
    lostHlc: values.lostValue.hlc,
    at: at.toISOString(),
    resolved: false,
    deleted: false,
  };
  await upsertRecord(tx, conflictKey, record, version);
  await writeFields(tx, conflictKey, Object.entries(fields).map(([name, value]) => ({
    field: name, value, version, hlc: values.keptValue.hlc, writer: null,
  })));
  return conflictKey.id;
}

