import { z } from 'zod';
import { entityFields, type EntityRecord } from '../domain/entities';
import { surveyResponseSchema } from '../domain/survey-response';
import { importFields, type ImportEntity } from './fields';
import type { CsvRow } from './csv-rows';
import type { ColumnMapping } from './column-mapping';
import { findDuplicates, type DuplicateGroup, type DuplicatePolicy } from './duplicates';
import { createRowReader, columnOf, type ReadChoices, type ReadRow, type RowError } from './read-row';
import { naturalKey, recordDefaults, tierOfSegment } from './record-defaults';
import { resolveFields } from './resolve-fields';
import { timelineNotesOf } from './timeline-notes';

/** What an import needs to know about the data already there. */
export type ImportContext<E extends ImportEntity> = {
  /** Accounts (to resolve child rows by external id or exact name, and to match account re-imports). */
  accounts: Pick<EntityRecord<'accounts'>, 'id' | 'name' | 'externalId'>[];
  /** Existing records of the kind being imported (deleted ones too: a re-import restores them). */
  existing: EntityRecord<E>[];
  /** Team members, to resolve owners by name or email (see owner-matching.ts). */
  teamMembers: { id: string; name: string; email?: string }[];
  /** Stakeholders, to link touches and survey responses by email or name (only those imports need them). */
  contacts?: Pick<EntityRecord<'contacts'>, 'id' | 'accountId' | 'name' | 'email'>[];
  /** The import's time, for createdAt defaults. */
  now: string;
  /** Makes a new record id. */
  newId: () => string;
  /** Ids of the timeline notes earlier imports made (see timeline-notes.ts), deleted ones too: they are not made again. */
  importedNoteIds?: ReadonlySet<string>;
};

/** Everything the user chose about reading the file: formats, picklist values, and what to do with duplicate keys. */
export type ImportChoices = ReadChoices & { duplicates: DuplicatePolicy };

/** The choices made when the user changes nothing. */
export const defaultImportChoices: ImportChoices = { formats: {}, valueMaps: {}, duplicates: 'last' };

/** A row the import refuses, with the original cells and every reason. */
export type RejectedRow = { rowNumber: number; cells: string[]; errors: RowError[] };

/** A change to an existing record: only the fields that differ. */
export type ImportUpdate<E extends ImportEntity> = { id: string; rowNumber: number; patch: Partial<Omit<EntityRecord<E>, 'id'>> };

/** What will happen to one row, with the record as it will be (new and updated rows) and what the user should know. */
export type RowOutcome = {
  rowNumber: number;
  status: 'new' | 'update' | 'unchanged' | 'rejected' | 'skipped';
  record?: Record<string, unknown>;
  /** The fields an update changes. */
  changed?: string[];
  notes: string[];
};

/** What an import will do: records to create, patches to apply, rows unchanged, rejected and skipped, and why. */
export type ImportPlan<E extends ImportEntity> = {
  creates: EntityRecord<E>[];
  updates: ImportUpdate<E>[];
  unchanged: number;
  rejected: RejectedRow[];
  /** Rows left out because they repeat another row's key (see duplicates). */
  skipped: number;
  duplicates: DuplicateGroup[];
  /** Values read but not used (unmapped picklist values, unknown stakeholders): the rows are still imported. */
  notes: RowError[];
  /** Accounts created or updated whose renewal date has already passed. */
  pastRenewals: number;
  /** Notes for accounts' timelines, from the columns mapped to "Note on the timeline" (new ones only). */
  timelineNotes: EntityRecord<'touches'>[];
  outcomes: RowOutcome[];
};

// Built once per kind: zod compiles a schema on first use, so a schema per row would cost more than the check.
const recordSchemas = new Map<ImportEntity, z.ZodType>();
function recordSchema(entity: ImportEntity): z.ZodType {
  let schema = recordSchemas.get(entity);
  if (!schema) {
    schema = entity === 'surveyResponses' ? surveyResponseSchema : z.object({ id: z.string(), ...entityFields[entity] });
    recordSchemas.set(entity, schema);
  }
  return schema;
}

type Checked = { read: ReadRow; row: CsvRow; errors: RowError[]; key: string | null; fileValues: Record<string, unknown> };

/**
 * Plans an import: reads every row through the mapping and the user's choices, resolves accounts,
 * owners and stakeholders, sets aside rows repeating a key (per the duplicate policy), validates
 * new records against the shared schemas, and matches rows to existing records by natural key so a
 * re-import updates only the changed fields (an unchanged file changes nothing). Account rows'
 * "Note on the timeline" columns become notes on the account's timeline, each made once. Pure: it writes nothing.
 */
export function planImport<E extends ImportEntity>(entity: E, headers: string[], rows: CsvRow[], mapping: ColumnMapping, ctx: ImportContext<E>, choices: ImportChoices = defaultImportChoices): ImportPlan<E> {
  const plan: ImportPlan<E> = {
    creates: [], updates: [], unchanged: 0, rejected: [], skipped: 0, duplicates: [], notes: [], pastRenewals: 0, timelineNotes: [], outcomes: [],
  };
  const reader = createRowReader(entity, headers, mapping, choices);
  const schema = recordSchema(entity);
  const labelOf = new Map(importFields[entity].map((f) => [f.key, f.label]));
  const today = ctx.now.slice(0, 10);
  const byKey = existingByKey(entity, ctx.existing as Record<string, unknown>[]);

  const checked: Checked[] = rows.map((row) => {
    const read = reader(row.cells, row.rowNumber);
    // What the file says (an owner by name, not the team member it resolves to): duplicates are compared on it.
    const fileValues = { ...read.values };
    const errors = [...read.errors, ...resolveFields(entity, read, ctx as ImportContext<ImportEntity>, row.rowNumber)];
    return { read, row, errors, key: naturalKey(entity, read.values), fileValues };
  });
  const { groups, skip } = findDuplicates(entity, checked, choices.duplicates, labelOf);
  plan.duplicates = groups;

  const schemaErrors = (record: Record<string, unknown>, read: ReadRow, rowNumber: number): RowError[] => {
    const parsed = schema.safeParse(record);
    if (parsed.success) return [];
    return parsed.error.issues.map((issue) => {
      const field = String(issue.path[0] ?? '');
      const column = read.columns[field] ?? columnOf(entity, field, headers, mapping);
      return { rowNumber, column, value: String(record[field] ?? ''), message: issue.message };
    });
  };
  const reject = (row: CsvRow, errors: RowError[]) => {
    plan.rejected.push({ rowNumber: row.rowNumber, cells: row.cells, errors });
    plan.outcomes.push({ rowNumber: row.rowNumber, status: 'rejected', notes: errors.map((e) => `${e.column}: ${e.message}`) });
  };
  const noteIds = new Set(ctx.importedNoteIds);
  const addTimelineNotes = (read: ReadRow, accountId: string) => {
    if (entity !== 'accounts') return;
    for (const note of timelineNotesOf(read, accountId, ctx.now, noteIds)) {
      noteIds.add(note.id);
      plan.timelineNotes.push(note);
    }
  };
  const countRenewal = (record: Record<string, unknown>) => {
    if (entity === 'accounts' && typeof record.renewalDate === 'string' && record.renewalDate < today && record.deleted !== true) plan.pastRenewals += 1;
  };

  checked.forEach(({ read, row, errors, key }, index) => {
    const { rowNumber } = row;
    const skipNote = skip.get(index);
    if (skipNote !== undefined) {
      plan.skipped += 1;
      plan.outcomes.push({ rowNumber, status: 'skipped', notes: [skipNote] });
      return;
    }
    plan.notes.push(...read.notes);
    const notes = read.notes.map((n) => `${n.column}: ${n.message}`);
    const existing = key === null ? undefined : byKey.get(key);
    if (existing) {
      if (errors.length > 0) { reject(row, errors); return; }
      const patch: Record<string, unknown> = {};
      for (const [field, value] of Object.entries(read.values)) {
        if (JSON.stringify(existing[field]) !== JSON.stringify(value)) patch[field] = value;
      }
      if (existing.deleted === true) patch.deleted = false;
      const merged = { ...existing, ...patch };
      const invalid = schemaErrors(merged, read, rowNumber);
      if (invalid.length > 0) { reject(row, invalid); return; }
      const changed = Object.keys(patch);
      addTimelineNotes(read, String(existing.id));
      if (changed.length === 0) {
        plan.unchanged += 1;
        plan.outcomes.push({ rowNumber, status: 'unchanged', record: merged, notes });
        return;
      }
      plan.updates.push({ id: String(existing.id), rowNumber, patch: patch as ImportUpdate<E>['patch'] });
      plan.outcomes.push({ rowNumber, status: 'update', record: merged, changed: changed.map((f) => labelOf.get(f) ?? f), notes });
      countRenewal(merged);
      return;
    }
    const missing = importFields[entity]
      .filter((f) => f.required && f.key !== 'accountRef' && !(f.key in read.values))
      .filter((f) => !read.errors.some((e) => e.column === read.columns[f.key]))
      .map((f) => ({ rowNumber, column: columnOf(entity, f.key, headers, mapping), value: '', message: `${f.label} is required` }));
    if (errors.length + missing.length > 0) { reject(row, [...errors, ...missing]); return; }
    const defaults = recordDefaults(entity, ctx.now);
    if (entity === 'accounts' && !('tier' in read.values) && typeof read.values.segment === 'string') defaults.tier = tierOfSegment[read.values.segment];
    const record = { ...defaults, ...read.values, id: ctx.newId() };
    const invalid = schemaErrors(record, read, rowNumber);
    if (invalid.length > 0) { reject(row, invalid); return; }
    plan.creates.push(record as EntityRecord<E>);
    addTimelineNotes(read, record.id);
    plan.outcomes.push({ rowNumber, status: 'new', record, notes });
    countRenewal(record);
  });
  return plan;
}

function existingByKey(entity: ImportEntity, existing: Record<string, unknown>[]): Map<string, Record<string, unknown>> {
  const byKey = new Map<string, Record<string, unknown>>();
  for (const record of existing) {
    const key = naturalKey(entity, entity === 'accounts' && record.externalId ? { externalId: record.externalId } : record);
    if (key !== null && !byKey.has(key)) byKey.set(key, record);
    if (entity === 'accounts' && typeof record.name === 'string') {
      const byName = naturalKey(entity, { name: record.name });
      if (byName !== null && !byKey.has(byName)) byKey.set(byName, record);
    }
  }
  return byKey;
}
