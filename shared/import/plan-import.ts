import { z } from 'zod';
import { entityFields } from '../domain/entities';
import { buildLookups, defaultsFor, naturalKey, readRowFields, type ImportContext } from './build-record';
import { importKinds, type ImportKindId } from './kinds';
import type { ColumnMapping } from './mapping';

/** Why one row (or one of its cells) was rejected; rows are numbered as in a spreadsheet (header = 1). */
export type RowError = { rowNumber: number; column: string; value: string; message: string };

/** What an import will do: records to create, fields to change on existing records, and rejected rows. */
export type ImportPlan = {
  creates: Record<string, unknown>[];
  updates: { id: string; patch: Record<string, unknown> }[];
  unchanged: number;
  errors: RowError[];
  /** Indexes (into the data rows) of rows that were rejected. */
  rejected: number[];
};

/** An existing record of the imported entity, for matching re-imports. */
export type ExistingRecord = { id: string } & Record<string, unknown>;

/**
 * Turns parsed CSV rows into an import plan. Every row is read, checked against the shared schema,
 * and either planned (create or update) or rejected with a reason per column. Blank rows are skipped.
 */
export function planImport(kind: ImportKindId, headers: string[], rows: string[][], mapping: ColumnMapping, context: ImportContext, existing: ExistingRecord[]): ImportPlan {
  const lookups = buildLookups(context);
  const entity = importKinds[kind].entity;
  const schema = z.object(entityFields[entity]);
  const columnOf = new Map<string, string>();
  for (const [header, field] of Object.entries(mapping)) if (field) columnOf.set(field, header);
  const labelOf = (field: string) => columnOf.get(field) ?? importKinds[kind].fields.find((f) => f.key === field)?.label ?? field;
  const existingByKey = new Map(existing.filter((e) => !e.deleted).map((e) => [naturalKey(kind, e), e]));
  const plannedKeys = new Map<string, number>();
  const plan: ImportPlan = { creates: [], updates: [], unchanged: 0, errors: [], rejected: [] };

  rows.forEach((row, index) => {
    if (row.every((cell) => cell.trim() === '')) return;
    const rowNumber = index + 2;
    const cells: Record<string, string> = {};
    headers.forEach((header, i) => { const field = mapping[header]; if (field) cells[field] = row[i] ?? ''; });
    const { fields, problems } = readRowFields(kind, cells, lookups);
    const reject = (list: { field: string; message: string }[]) => {
      plan.rejected.push(index);
      for (const p of list) plan.errors.push({ rowNumber, column: labelOf(p.field), value: cells[p.field] ?? '', message: p.message });
    };
    if (problems.length > 0) return reject(problems);
    const record = { ...defaultsFor(kind, context.now), ...fields };
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      const seen = new Set<string>();
      return reject(parsed.error.issues.flatMap((issue) => {
        const field = String(issue.path[0] ?? '');
        if (seen.has(field)) return [];
        seen.add(field);
        return [{ field: fieldToColumnKey(field), message: issue.message }];
      }));
    }
    const key = naturalKey(kind, parsed.data);
    const earlier = plannedKeys.get(key);
    if (earlier !== undefined) return reject([{ field: kind === 'accounts' ? 'name' : 'account', message: `Same record as row ${earlier}; keep one of them` }]);
    plannedKeys.set(key, rowNumber);
    const match = existingByKey.get(key);
    if (!match) {
      plan.creates.push(parsed.data);
      return;
    }
    const patch: Record<string, unknown> = {};
    for (const field of Object.keys(fields)) {
      const value = (parsed.data as Record<string, unknown>)[field];
      if (JSON.stringify(match[field]) !== JSON.stringify(value)) patch[field] = value;
    }
    if (Object.keys(patch).length === 0) plan.unchanged += 1;
    else plan.updates.push({ id: match.id, patch });
  });
  return plan;
}

/** Maps an entity field back to the import field whose column produced it. */
function fieldToColumnKey(field: string): string {
  const renamed: Record<string, string> = { arrMinor: 'arr', ownerId: 'owner', accountId: 'account', contactId: 'contactEmail' };
  return renamed[field] ?? field;
}
