import { historyEventsFor } from '../../../shared/domain/account-history';
import { checkFieldValue, entityFields, entityNames, type EntityFields, type EntityName } from '../../../shared/domain/entities';
import { parseRecordFields } from '../../../shared/domain/record-check';
import { newRecordFields } from '../../../shared/domain/record-defaults';
import type { WritePlan } from '../../../shared/domain/write-plan';
import { knownVersion, rememberPulledValues } from '../../../shared/sync/apply-pulled';
import { mutationTooLarge } from '../../../shared/sync/push-size';
import { newRecordId } from '../lib/ids';
import type { OutboxField, RapportDb, RecordMeta, Space, StoredOutboxEntry } from './db';
import { issueStamps, readMeta, syncStateTables } from './sync-state';
import { ValidationError } from './validation-error';

/** The fields of an entity, without its id. */
export type EntityFieldsOf<E extends EntityName> = EntityFields<E>;

/** Options for creating records. */
export type CreateOptions = { space?: Space; id?: string };

/** Options for updating a record. */
export type UpdateOptions = { recordHistory?: boolean };

/** What a command writes with: every call joins the command's one transaction. */
export type Writer = {
  /** Creates a record from the fields given (the rest take their defaults) and returns its id. */
  create<E extends EntityName>(entity: E, fields: Partial<EntityFields<E>>, options?: CreateOptions): Promise<string>;
  /** Changes some fields of a record; only the changed fields are synced. */
  update<E extends EntityName>(entity: E, id: string, patch: Partial<EntityFields<E>>, options?: UpdateOptions): Promise<void>;
};

/** The one way the app writes data: every write also records its sync mutation, atomically. */
export type DataLayer = ReturnType<typeof createDataLayer>;

type Change = { entity: EntityName; id: string; fields: Record<string, unknown>; space: Space; before?: Record<string, unknown> };

function validateRecord(entity: EntityName, fields: Record<string, unknown>): Record<string, unknown> {
  const parsed = parseRecordFields(entity, fields);
  if (parsed.success) return parsed.data;
  const problems: Record<string, string> = {};
  for (const issue of parsed.error.issues) problems[String(issue.path[0] ?? '')] ??= issue.message;
  throw new ValidationError(problems);
}

function validatePatch(entity: EntityName, patch: Record<string, unknown>): Record<string, unknown> {
  const problems: Record<string, string> = {};
  const clean: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(patch)) {
    if (field === 'id' || value === undefined) continue;
    const check = checkFieldValue(entity, field, value);
    if (check.ok) clean[field] = check.value;
    else problems[field] = check.message.replace(/^[^:]*: /, '');
  }
  if (Object.keys(problems).length > 0) throw new ValidationError(problems);
  return clean;
}

/** Refuses, when it is written, a change too large to ever be pushed (PROTOCOL 1.1 "Sizes"). */
function refuseOversized(change: Change): void {
  const tooLarge = mutationTooLarge(change.fields);
  if (tooLarge) throw new ValidationError({ [tooLarge.field]: tooLarge.message });
}

/**
 * Builds the data layer over a database. Each write validates against the shared schemas, and
 * appends its mutations to the outbox, stamped with the hybrid logical clock, in the same transaction.
 */
export function createDataLayer(db: RapportDb, now: () => number = Date.now) {
  const allTables = () => [...entityNames.map((e) => db.table(e)), ...syncStateTables(db)];

  /**
   * Appends the outbox mutations of a batch of changes, stamped once (inside the caller's transaction).
   * `fresh` says the records were just added by bulkAdd (so none has metadata yet): their lookup is skipped.
   * Team records get no metadata row until a pull or an edit of a pulled field needs one (an absent
   * row means "never pulled": base 0, or the first sync's floor), so an import writes two rows per record, not three.
   */
  async function recordChanges(changes: Change[], fresh = false): Promise<void> {
    if (changes.length === 0) return;
    const metas = fresh ? [] : await db.recordMeta.bulkGet(changes.map((c) => [c.entity, c.id] as [string, string]));
    // An existing team record without metadata was stored by a first sync (its fields are known at the
    // floor) or created here and not yet pulled back (the floor is below any version the server gives it).
    const floor = changes.some((c, i) => c.before && !metas[i]) ? await readMeta(db, 'pulledFloor') : undefined;
    const stamps = await issueStamps(db, changes.length, now());
    const metaWrites = new Map<string, RecordMeta>();
    const entries: StoredOutboxEntry[] = changes.map((change, i) => {
      const key = `${change.entity}:${change.id}`;
      const known = metaWrites.get(key) ?? metas[i];
      let meta: RecordMeta = known ?? (change.before && floor !== undefined
        ? { entity: change.entity, id: change.id, space: 'team', versions: {}, values: {}, floor }
        : { entity: change.entity, id: change.id, space: change.space, versions: {}, values: {} });
      // A team record without a row is one created here and not yet pulled back, or one a first sync
      // stored (known at the floor): the row would say no more. A private record's row holds its space.
      if (!known && meta.space !== 'team') metaWrites.set(key, meta);
      if (change.before) {
        // The server's value of an edited field (a first sync's record included), to put back if the server refuses the edit.
        const remembered = rememberPulledValues({ ...meta, values: meta.values ?? {} }, change.before, Object.keys(change.fields));
        if (remembered) {
          meta = { ...meta, values: remembered.values };
          metaWrites.set(key, meta);
        }
      }
      const stamp = stamps[i];
      if (!stamp) throw new Error('Clock stamps ran out');
      // A create (an import's 10,000 of them) bases every field on 0: its values are stored as they
      // are, without a { value, base } object per field (expanded again when pushed).
      if (!known && !change.before) return { ...stamp, entity: change.entity, id: change.id, space: meta.space, values: change.fields };
      const fields: Record<string, OutboxField> = {};
      for (const [field, value] of Object.entries(change.fields)) fields[field] = { value, base: knownVersion(meta, field) };
      return { ...stamp, entity: change.entity, id: change.id, space: meta.space, fields };
    });
    if (metaWrites.size > 0) await db.recordMeta.bulkPut([...metaWrites.values()]);
    await db.outbox.bulkAdd(entries);
  }

  /** A writer whose changes are collected, to be recorded together when the command ends. */
  function writerInto(changes: Change[]): Writer {
    const writer: Writer = {
      async create(entity, fields, options = {}) {
        const clean = validateRecord(entity, newRecordFields(entity, fields, new Date(now()).toISOString()));
        const id = options.id ?? newRecordId(now());
        const change: Change = { entity, id, fields: clean, space: options.space ?? 'team' };
        refuseOversized(change);
        await db.table(entity).add({ ...clean, id });
        changes.push(change);
        return id;
      },
      async update(entity, id, patch, options = {}) {
        const clean = validatePatch(entity, patch as Record<string, unknown>);
        const existing = (await db.table(entity).get(id)) as Record<string, unknown> | undefined;
        if (!existing) throw new Error(`No ${entity} record with id ${id}`);
        const changed: Record<string, unknown> = {};
        for (const [field, value] of Object.entries(clean)) {
          if (JSON.stringify(existing[field]) !== JSON.stringify(value)) changed[field] = value;
        }
        if (Object.keys(changed).length === 0) return;
        const change: Change = { entity, id, fields: changed, space: 'team', before: existing };
        refuseOversized(change);
        const after = { ...existing, ...changed };
        await db.table(entity).put(after);
        changes.push(change);
        if (options.recordHistory === false) return;
        for (const event of historyEventsFor(entity, existing, after, new Date(now()).toISOString())) {
          await writer.create('accountEvents', event);
        }
      },
    };
    return writer;
  }

  /** Runs a command: every write of `work` commits together, or none does. */
  async function command<T>(work: (w: Writer) => Promise<T>): Promise<T> {
    return db.transaction('rw', allTables(), async () => {
      const changes: Change[] = [];
      const result = await work(writerInto(changes));
      await recordChanges(changes);
      return result;
    });
  }

  return {
    command,

    /** Applies a planned workflow (shared/domain): its creates and updates, in order, as one command. */
    apply(plan: WritePlan): Promise<void> {
      return command(async (w) => {
        for (const step of plan) {
          if (step.op === 'create') await w.create(step.entity, step.fields, { id: step.id, space: step.space });
          else await w.update(step.entity, step.id, step.patch, { recordHistory: step.recordHistory });
        }
      });
    },

    /** Creates a record (fields not given take their defaults) and returns its id. */
    create<E extends EntityName>(entity: E, fields: Partial<EntityFields<E>>, options: CreateOptions = {}): Promise<string> {
      return command((w) => w.create(entity, fields, options));
    },

    /** Creates many records of one entity in one transaction (imports, the sample portfolio). */
    async createMany<E extends EntityName>(entity: E, rows: (Partial<EntityFields<E>> & { id: string })[], options: CreateOptions = {}): Promise<void> {
      const nowIso = new Date(now()).toISOString();
      const fieldNames = Object.keys(entityFields[entity]);
      // Fields not given take their defaults; complete rows (imports, the sample) skip that lookup.
      const complete = (row: Record<string, unknown>) => fieldNames.every((f) => row[f] !== undefined);
      const clean = rows.map((row) => ({ ...validateRecord(entity, complete(row) ? row : newRecordFields(entity, row, nowIso)), id: row.id }));
      await db.transaction('rw', [db.table(entity), ...syncStateTables(db)], async () => {
        await db.table(entity).bulkAdd(clean);
        const space = options.space ?? 'team';
        // bulkAdd refuses ids already present, so these records are new: no metadata to look up.
        await recordChanges(clean.map(({ id, ...fields }) => ({ entity, id, fields, space })), true);
      });
    },

    /** Changes some fields of a record; only the changed fields are synced. */
    update<E extends EntityName>(entity: E, id: string, patch: Partial<EntityFields<E>>, options: UpdateOptions = {}): Promise<void> {
      return command((w) => w.update(entity, id, patch, options));
    },

    /** Soft-deletes a record (restorable). */
    remove(entity: EntityName, id: string): Promise<void> {
      return command((w) => w.update(entity, id, { deleted: true }));
    },

    /** Restores a soft-deleted record. */
    restore(entity: EntityName, id: string): Promise<void> {
      return command((w) => w.update(entity, id, { deleted: false }));
    },
  };
}
