import { newId } from '../users/users';
import type { ConcurrentValues } from '../../../shared/sync/merge';
import type { PushRecordStore, RecordKey, StoredRecord } from './record-store';

/** What a conflict record is about. */
export type ConflictSubject = { key: RecordKey; record: StoredRecord; field: string; values: ConcurrentValues };

/**
 * Stores the losing value of a concurrent pair as a `conflicts` record in the space of the record
 * concerned, with a server-generated id and its own version. It counts as written by no client.
 */
export function createConflictRecord(store: PushRecordStore, subject: ConflictSubject, version: number, at: Date): string {
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
  store.write(conflictKey, record, version, Object.entries(fields).map(([name, value]) => ({
    field: name, value, version, hlc: values.keptValue.hlc, writer: null,
  })));
  return conflictKey.id;
}

