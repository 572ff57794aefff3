import { z } from 'zod';
import { checkFieldValue, entityFields, type EntityName, type EntityRecord } from '../../../shared/domain/entities';
import { rememberPulledValues } from '../../../shared/sync/apply-pulled';
import { createHlcState, tickHlc, type HlcState } from '../../../shared/sync/hlc';
import { newRecordId, randomHex } from '../lib/ids';
import type { OutboxEntry, OutboxField, RapportDb, RecordMeta, Space } from './db';
import { ValidationError } from './validation-error';

const recordSchemas = new Map<EntityName, z.ZodType>();

/** The whole-record schema of an entity, built once (building it per record dominated bulk imports). */
function recordSchema(entity: EntityName): z.ZodType {
  let schema = recordSchemas.get(entity);
  if (!schema) {
    schema = z.object(entityFields[entity]);
    recordSchemas.set(entity, schema);
  }
  return schema;
}

/** The fields of an entity, without its id. */
export type EntityFieldsOf<E extends EntityName> = Omit<EntityRecord<E>, 'id'>;

/** Options for creating records. */
export type CreateOptions = { space?: Space; id?: string };

/** The one way the app writes data: every write also records its sync mutation, atomically. */
export type DataLayer = ReturnType<typeof createDataLayer>;

/**
 * Builds the data layer over a database. Each write validates against the shared schemas,
 * stamps a hybrid logical clock, and appends the mutation to the outbox in the same transaction.
 */
export function createDataLayer(db: RapportDb, now: () => number = Date.now) {
  const bookkeeping = [db.recordMeta, db.outbox, db.meta];

  /** Issues `count` consecutive HLCs and mutation ids, advancing the stored clock and counter once. */
  async function nextStamps(count: number): Promise<{ hlc: string; mutationId: number }[]> {
    const clockRow = await db.meta.get('clock');
    let clock: HlcState = clockRow?.key === 'clock' ? clockRow.value : createHlcState(randomHex(16));
    const counterRow = await db.meta.get('nextMutationId');
    const first = counterRow?.key === 'nextMutationId' ? counterRow.value : 1;
    const stamps: { hlc: string; mutationId: number }[] = [];
    const at = now();
    for (let i = 0; i < count; i += 1) {
      const ticked = tickHlc(clock, at);
      clock = ticked.state;
      stamps.push({ hlc: ticked.hlc, mutationId: first + i });
    }
    await db.meta.bulkPut([
      { key: 'clock', value: clock },
      { key: 'nextMutationId', value: first + count },
    ]);
    return stamps;
  }

  /** Appends the outbox mutations for changes to records (inside the caller's transaction). */
  async function recordChanges(entity: EntityName, changes: { id: string; fields: Record<string, unknown>; space: Space; before?: Record<string, unknown> }[]) {
    const metas = await db.recordMeta.bulkGet(changes.map((c) => [entity, c.id] as [string, string]));
    const stamps = await nextStamps(changes.length);
    const newMetas: RecordMeta[] = [];
    const entries: OutboxEntry[] = changes.map((change, i) => {
      const known = metas[i];
      const meta = known ?? { entity, id: change.id, space: change.space, versions: {} };
      if (!known) newMetas.push(meta);
      else if (change.before) {
        // The server's value of an edited field, to put back if the server refuses the edit.
        const remembered = rememberPulledValues({ ...known, values: known.values ?? {} }, change.before, Object.keys(change.fields));
        if (remembered) newMetas.push({ ...known, values: remembered.values });
      }
      const fields: Record<string, OutboxField> = {};
      for (const [field, value] of Object.entries(change.fields)) fields[field] = { value, base: meta.versions[field] ?? 0 };
      const stamp = stamps[i];
      if (!stamp) throw new Error('Clock stamps ran out');
      return { ...stamp, entity, id: change.id, space: meta.space, fields };
    });
    if (newMetas.length > 0) await db.recordMeta.bulkPut(newMetas);
    await db.outbox.bulkAdd(entries);
  }

  function validateRecord<E extends EntityName>(entity: E, fields: unknown): EntityFieldsOf<E> {
    const parsed = recordSchema(entity).safeParse(fields);
    if (parsed.success) return parsed.data as EntityFieldsOf<E>;
    const problems: Record<string, string> = {};
    for (const issue of parsed.error.issues) problems[String(issue.path[0] ?? '')] ??= issue.message;
    throw new ValidationError(problems);
  }

  function validatePatch(entity: EntityName, patch: Record<string, unknown>): Record<string, unknown> {
    const problems: Record<string, string> = {};
    const clean: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(patch)) {
      if (field === 'id') continue;
      const check = checkFieldValue(entity, field, value);
      if (check.ok) clean[field] = check.value;
      else problems[field] = check.message.replace(/^[^:]*: /, '');
    }
    if (Object.keys(problems).length > 0) throw new ValidationError(problems);
    return clean;
  }

  return {
    /** Creates a record and returns its id. */
    async create<E extends EntityName>(entity: E, fields: EntityFieldsOf<E>, options: CreateOptions = {}): Promise<string> {
      const clean = validateRecord(entity, fields);
      const id = options.id ?? newRecordId(now());
      await db.transaction('rw', [db.table(entity), ...bookkeeping], async () => {
        await db.table(entity).add({ ...clean, id });
        await recordChanges(entity, [{ id, fields: clean, space: options.space ?? 'team' }]);
      });
      return id;
    },

    /** Creates many records of one entity in one transaction (imports, the sample portfolio). */
    async createMany<E extends EntityName>(entity: E, rows: EntityRecord<E>[], options: CreateOptions = {}): Promise<void> {
      const clean = rows.map((row) => ({ ...validateRecord(entity, row), id: row.id }));
      await db.transaction('rw', [db.table(entity), ...bookkeeping], async () => {
        await db.table(entity).bulkAdd(clean);
        const space = options.space ?? 'team';
        await recordChanges(entity, clean.map(({ id, ...fields }) => ({ id, fields, space })));
      });
    },

    /** Changes some fields of a record; only the changed fields are synced. */
    async update<E extends EntityName>(entity: E, id: string, patch: Partial<EntityFieldsOf<E>>): Promise<void> {
      const clean = validatePatch(entity, patch as Record<string, unknown>);
      await db.transaction('rw', [db.table(entity), ...bookkeeping], async () => {
        const existing = (await db.table(entity).get(id)) as Record<string, unknown> | undefined;
        if (!existing) throw new Error(`No ${entity} record with id ${id}`);
        const changed: Record<string, unknown> = {};
        for (const [field, value] of Object.entries(clean)) {
          if (JSON.stringify(existing[field]) !== JSON.stringify(value)) changed[field] = value;
        }
        if (Object.keys(changed).length === 0) return;
        await db.table(entity).put({ ...existing, ...changed });
        await recordChanges(entity, [{ id, fields: changed, space: 'team', before: existing }]);
      });
    },

    /** Soft-deletes a record (restorable). */
    async remove(entity: EntityName, id: string): Promise<void> {
      await this.update(entity, id, { deleted: true } as never);
    },

    /** Restores a soft-deleted record. */
    async restore(entity: EntityName, id: string): Promise<void> {
      await this.update(entity, id, { deleted: false } as never);
    },
  };
}
