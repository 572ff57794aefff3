import { formatMoney } from '../domain/money';
import type { CsvRow } from './csv-rows';
import { accountRefKey, firstNameKey, importFields, lastNameKey, ownerNameKey, type ImportEntity, type ImportField } from './fields';
import { planImport, type ImportContext } from './import-plan';
import type { ColumnMapping } from './column-mapping';

/** One row as it will be imported: what happens to it and the values it will have. */
export type PreviewRow = {
  rowNumber: number;
  status: 'new' | 'update' | 'unchanged' | 'rejected';
  /** Why it is rejected, or which fields it changes. */
  note: string;
  values: string[];
};

/** The preview: the labels of the mapped fields and the first rows, planned one by one. */
export type ImportPreview = { labels: string[]; rows: PreviewRow[] };

function display(field: ImportField, record: Record<string, unknown>, ctx: ImportContext<ImportEntity>): string {
  if (field.key === accountRefKey) return ctx.accounts.find((a) => a.id === record.accountId)?.name ?? '';
  if (field.key === ownerNameKey) return ctx.teamMembers.find((m) => m.id === record.ownerId)?.name ?? '—';
  const value = record[field.key];
  if (value === null || value === undefined || value === '') return '—';
  if (field.type === 'money' && typeof value === 'number') return formatMoney(value, typeof record.currency === 'string' ? record.currency : 'USD', 'en-US');
  if (Array.isArray(value)) return value.join(', ');
  if (field.type === 'datetime' && typeof value === 'string') return value.slice(0, 16).replace('T', ' ');
  if (field.type === 'enum') return String(value).replace(/_/g, ' ');
  return String(value);
}

/** Plans the first rows of a file one by one to show exactly what importing them will do. */
export function previewImport<E extends ImportEntity>(entity: E, headers: string[], rows: CsvRow[], mapping: ColumnMapping, ctx: ImportContext<E>, limit = 5): ImportPreview {
  const mapped = new Set(mapping);
  const fields = importFields[entity].filter((f) => mapped.has(f.key) && f.key !== firstNameKey && f.key !== lastNameKey);
  if ((mapped.has(firstNameKey) || mapped.has(lastNameKey)) && !fields.some((f) => f.key === 'name')) {
    const name = importFields[entity].find((f) => f.key === 'name');
    if (name) fields.unshift(name);
  }
  const anyCtx = ctx as ImportContext<ImportEntity>;
  const preview = rows.slice(0, limit).map((row): PreviewRow => {
    const plan = planImport(entity, headers, [row], mapping, ctx);
    const created = plan.creates[0] as Record<string, unknown> | undefined;
    const update = plan.updates[0];
    const rejected = plan.rejected[0];
    if (rejected) return { rowNumber: row.rowNumber, status: 'rejected', note: rejected.errors.map((e) => `${e.column}: ${e.message}`).join('; '), values: [] };
    if (created) return { rowNumber: row.rowNumber, status: 'new', note: '', values: fields.map((f) => display(f, created, anyCtx)) };
    if (update) {
      const existing = (ctx.existing as Record<string, unknown>[]).find((r) => r.id === update.id) ?? {};
      const merged = { ...existing, ...update.patch };
      return { rowNumber: row.rowNumber, status: 'update', note: `Changes ${Object.keys(update.patch).join(', ')}`, values: fields.map((f) => display(f, merged, anyCtx)) };
    }
    return { rowNumber: row.rowNumber, status: 'unchanged', note: 'Already up to date', values: [] };
  });
  return { labels: fields.map((f) => f.label), rows: preview };
}
