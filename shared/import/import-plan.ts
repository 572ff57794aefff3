import { z } from 'zod';
import { entityFields, type EntityRecord } from '../domain/entities';
import { surveyResponseSchema } from '../domain/survey-response';
import { accountRefKey, firstNameKey, importFields, lastNameKey, ownerNameKey, type ImportEntity } from './fields';
import type { CsvRow } from './csv-rows';
import type { ColumnMapping } from './column-mapping';
import { columnOf, readRow, type ReadRow, type RowError } from './read-row';
import { matchOwner } from './owner-matching';
import { naturalKey, recordDefaults, tierOfSegment } from './record-defaults';

/** What an import needs to know about the data already there. */
export type ImportContext<E extends ImportEntity> = {
  /** Accounts (to resolve child rows by external id or exact name, and to match account re-imports). */
  accounts: Pick<EntityRecord<'accounts'>, 'id' | 'name' | 'externalId'>[];
  /** Existing records of the kind being imported (deleted ones too: a re-import restores them). */
  existing: EntityRecord<E>[];
  /** Team members, to resolve owners by name or email (see owner-matching.ts). */
  teamMembers: { id: string; name: string; email?: string }[];
  /** The import's time, for createdAt defaults. */
  now: string;
  /** Makes a new record id. */
  newId: () => string;
};

/** A row the import refuses, with the original cells and every reason. */
export type RejectedRow = { rowNumber: number; cells: string[]; errors: RowError[] };

/** A change to an existing record: only the fields that differ. */
export type ImportUpdate<E extends ImportEntity> = { id: string; rowNumber: number; patch: Partial<Omit<EntityRecord<E>, 'id'>> };

/** What an import will do: records to create, patches to apply, rows unchanged and rows rejected. */
export type ImportPlan<E extends ImportEntity> = {
  creates: EntityRecord<E>[];
  updates: ImportUpdate<E>[];
  unchanged: number;
  rejected: RejectedRow[];
};

const lower = (s: string) => s.trim().toLowerCase();

// Account lookups by external id and by name, built once per import context (not scanned per row).
const accountIndexes = new WeakMap<ImportContext<ImportEntity>['accounts'], { byExternalId: Map<string, string>; byName: Map<string, string> }>();
function accountIndex(accounts: ImportContext<ImportEntity>['accounts']) {
  let index = accountIndexes.get(accounts);
  if (!index) {
    index = { byExternalId: new Map(), byName: new Map() };
    for (const a of accounts) {
      if (a.externalId !== null && !index.byExternalId.has(a.externalId.trim())) index.byExternalId.set(a.externalId.trim(), a.id);
      if (!index.byName.has(lower(a.name))) index.byName.set(lower(a.name), a.id);
    }
    accountIndexes.set(accounts, index);
  }
  return index;
}

function resolveAccount(read: ReadRow, ctx: ImportContext<ImportEntity>, rowNumber: number): string | RowError {
  const refs = read.candidates[accountRefKey] ?? [];
  const index = accountIndex(ctx.accounts);
  for (const { text } of refs) {
    const found = index.byExternalId.get(text) ?? index.byName.get(lower(text));
    if (found) return found;
  }
  const first = refs[0];
  return first
    ? { rowNumber, column: first.column, value: first.text, message: `No account has the ID or name "${first.text}": import the accounts first` }
    : { rowNumber, column: 'Account', value: '', message: 'Say which account this row belongs to (its ID or name)' };
}

/** Turns reference and pseudo-fields into record fields; returns the problems found. */
function resolveFields(entity: ImportEntity, read: ReadRow, ctx: ImportContext<ImportEntity>, rowNumber: number): RowError[] {
  const v = read.values;
  const errors: RowError[] = [];
  if (entity !== 'accounts') {
    const account = resolveAccount(read, ctx, rowNumber);
    if (typeof account === 'string') v.accountId = account;
    else errors.push(account);
    delete v[accountRefKey];
  }
  if (ownerNameKey in v) {
    // An owner who is not on the team yet is left unassigned rather than rejecting the account.
    // The preview lists such owners (owner-matching.ts) with "add them" and "map to…", so none is dropped unseen.
    v.ownerId = matchOwner(String(v[ownerNameKey]), ctx.teamMembers.map((m) => ({ id: m.id, name: m.name, email: m.email ?? '' })));
    delete v[ownerNameKey];
  }
  if (firstNameKey in v || lastNameKey in v) {
    if (!('name' in v)) {
      v.name = [v[firstNameKey], v[lastNameKey]].filter((p) => typeof p === 'string' && p !== '').join(' ');
      read.columns.name = read.columns[firstNameKey] ?? read.columns[lastNameKey] ?? 'Name';
    }
    delete v[firstNameKey];
    delete v[lastNameKey];
  }
  if (typeof v.currency === 'string') v.currency = v.currency.toUpperCase();
  if (typeof v.email === 'string') v.email = v.email.toLowerCase();
  return errors;
}

function missingRequired(entity: ImportEntity, read: ReadRow, headers: string[], mapping: ColumnMapping, rowNumber: number): RowError[] {
  return importFields[entity]
    .filter((f) => f.required && f.key !== accountRefKey && !(f.key in read.values))
    .filter((f) => !read.errors.some((e) => e.column === read.columns[f.key]))
    .map((f) => ({ rowNumber, column: columnOf(entity, f.key, headers, mapping), value: '', message: `${f.label} is required` }));
}

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

function schemaErrors(entity: ImportEntity, record: Record<string, unknown>, read: ReadRow, headers: string[], mapping: ColumnMapping, rowNumber: number): RowError[] {
  const schema = recordSchema(entity);
  const parsed = schema.safeParse(record);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const field = String(issue.path[0] ?? '');
    const column = read.columns[field] ?? columnOf(entity, field, headers, mapping);
    return { rowNumber, column, value: String(record[field] ?? ''), message: issue.message };
  });
}

/** Plans an import a chunk of rows at a time, so a big file can be checked without freezing the window. */
export type ImportPlanner<E extends ImportEntity> = { add: (rows: CsvRow[]) => void; plan: ImportPlan<E> };

/**
 * Plans an import: reads every row through the mapping, resolves accounts and owners, validates new
 * records against the shared schemas, and matches rows to existing records by natural key so a
 * re-import updates (only the changed fields) instead of duplicating. Rows repeating an earlier row
 * of the same file are merged into it. Pure: it writes nothing.
 */
export function createImportPlanner<E extends ImportEntity>(entity: E, headers: string[], mapping: ColumnMapping, ctx: ImportContext<E>): ImportPlanner<E> {
  const plan: ImportPlan<E> = { creates: [], updates: [], unchanged: 0, rejected: [] };
  const byKey = new Map<string, Record<string, unknown>>();
  for (const record of ctx.existing as Record<string, unknown>[]) {
    const key = naturalKey(entity, entity === 'accounts' && record.externalId ? { externalId: record.externalId } : record);
    if (key !== null && !byKey.has(key)) byKey.set(key, record);
    if (entity === 'accounts' && typeof record.name === 'string') {
      const byName = naturalKey(entity, { name: record.name });
      if (byName !== null && !byKey.has(byName)) byKey.set(byName, record);
    }
  }
  const pending = new Map<string, Record<string, unknown>>();

  function addRow({ rowNumber, cells }: CsvRow) {
    const read = readRow(entity, headers, mapping, cells, rowNumber);
    const errors = [...read.errors, ...resolveFields(entity, read, ctx as ImportContext<ImportEntity>, rowNumber)];
    const key = naturalKey(entity, read.values);
    const existing = key === null ? undefined : byKey.get(key);
    if (existing) {
      if (errors.length > 0) { plan.rejected.push({ rowNumber, cells, errors }); return; }
      const patch: Record<string, unknown> = {};
      for (const [field, value] of Object.entries(read.values)) {
        if (JSON.stringify(existing[field]) !== JSON.stringify(value)) patch[field] = value;
      }
      if (existing.deleted === true) patch.deleted = false;
      const invalid = schemaErrors(entity, { ...existing, ...patch }, read, headers, mapping, rowNumber);
      if (invalid.length > 0) plan.rejected.push({ rowNumber, cells, errors: invalid });
      else if (Object.keys(patch).length === 0) plan.unchanged += 1;
      else {
        plan.updates.push({ id: String(existing.id), rowNumber, patch: patch as ImportUpdate<E>['patch'] });
        byKey.set(key ?? '', { ...existing, ...patch });
      }
      return;
    }
    errors.push(...missingRequired(entity, read, headers, mapping, rowNumber));
    if (errors.length > 0) { plan.rejected.push({ rowNumber, cells, errors }); return; }
    const earlier = key === null ? undefined : pending.get(key);
    const defaults = recordDefaults(entity, ctx.now);
    if (entity === 'accounts' && !('tier' in read.values) && typeof read.values.segment === 'string') defaults.tier = tierOfSegment[read.values.segment];
    const record = { ...(earlier ?? defaults), ...read.values, id: earlier?.id ?? ctx.newId() };
    const invalid = schemaErrors(entity, record, read, headers, mapping, rowNumber);
    if (invalid.length > 0) { plan.rejected.push({ rowNumber, cells, errors: invalid }); return; }
    if (earlier) Object.assign(earlier, record);
    else {
      plan.creates.push(record as EntityRecord<E>);
      if (key !== null) pending.set(key, record);
    }
  }

  return { plan, add: (rows) => rows.forEach(addRow) };
}

/** Plans a whole import at once (see createImportPlanner). */
export function planImport<E extends ImportEntity>(entity: E, headers: string[], rows: CsvRow[], mapping: ColumnMapping, ctx: ImportContext<E>): ImportPlan<E> {
  const planner = createImportPlanner(entity, headers, mapping, ctx);
  planner.add(rows);
  return planner.plan;
}
