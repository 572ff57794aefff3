import { formatMoney } from '../domain/money';
import { accountRefKey, contactRefKey, firstNameKey, importFields, lastNameKey, ownerNameKey, type ImportEntity, type ImportField } from './fields';
import type { ImportContext, ImportPlan } from './import-plan';
import type { ColumnMapping } from './column-mapping';
import { valueLabel } from './picklists';

/** One row as it will be imported: what happens to it, the values it will have, and what the user should know. */
export type PreviewRow = {
  rowNumber: number;
  status: 'new' | 'update' | 'unchanged' | 'rejected' | 'skipped';
  /** Why it is rejected or skipped, which fields it changes, and values left unused. */
  note: string;
  values: string[];
};

/** The preview: the labels of the mapped fields and the first rows, exactly as the plan will import them. */
export type ImportPreview = { labels: string[]; rows: PreviewRow[] };

function display(field: ImportField, record: Record<string, unknown>, ctx: ImportContext<ImportEntity>): string {
  if (field.key === accountRefKey) return ctx.accounts.find((a) => a.id === record.accountId)?.name ?? '';
  if (field.key === ownerNameKey) return ctx.teamMembers.find((m) => m.id === record.ownerId)?.name ?? '—';
  if (field.key === contactRefKey) return ctx.contacts?.find((c) => c.id === record.contactId)?.name ?? '—';
  const value = record[field.key];
  if (value === null || value === undefined || value === '') return '—';
  if (field.type === 'money' && typeof value === 'number') return formatMoney(value, typeof record.currency === 'string' ? record.currency : 'USD', 'en-US');
  if (Array.isArray(value)) return value.join(', ');
  if (field.type === 'datetime' && typeof value === 'string') return value.slice(0, 16).replace('T', ' ');
  if (field.type === 'enum') return valueLabel(field, String(value));
  return String(value);
}

/** The first rows of a planned import, as the preview table shows them. */
export function previewImport<E extends ImportEntity>(entity: E, mapping: ColumnMapping, plan: ImportPlan<E>, ctx: ImportContext<E>, limit = 5): ImportPreview {
  const mapped = new Set(mapping);
  const fields = importFields[entity].filter((f) => mapped.has(f.key) && f.key !== firstNameKey && f.key !== lastNameKey);
  if ((mapped.has(firstNameKey) || mapped.has(lastNameKey)) && !fields.some((f) => f.key === 'name')) {
    const name = importFields[entity].find((f) => f.key === 'name');
    if (name) fields.unshift(name);
  }
  const anyCtx = ctx as ImportContext<ImportEntity>;
  const rows = [...plan.outcomes].sort((a, b) => a.rowNumber - b.rowNumber).slice(0, limit).map((o): PreviewRow => {
    const changes = o.status === 'update' && o.changed ? [`Changes ${o.changed.join(', ')}`] : o.status === 'unchanged' ? ['Already up to date'] : [];
    const note = [...changes, ...o.notes].join('; ');
    const values = o.record && (o.status === 'new' || o.status === 'update') ? fields.map((f) => display(f, o.record ?? {}, anyCtx)) : [];
    return { rowNumber: o.rowNumber, status: o.status, note, values };
  });
  return { labels: fields.map((f) => f.label), rows };
}

/** What the Import button says it will do ("Import: 297 new, 2 updated, 1 rejected"). */
export function planSummary(plan: ImportPlan<ImportEntity>): string {
  const parts = [
    [plan.creates.length, 'new'], [plan.updates.length, 'updated'], [plan.unchanged, 'unchanged'],
    [plan.rejected.length, 'rejected'], [plan.skipped, 'skipped as duplicates'],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, what]) => `${n.toLocaleString('en-US')} ${what}`);
  const notes = plan.timelineNotes.length;
  if (notes > 0) said.push(`${notes.toLocaleString('en-US')} ${notes === 1 ? 'note' : 'notes'} for account timelines`);
  return said.length === 0 ? 'nothing to import' : said.join(', ');
}
