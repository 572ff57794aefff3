import type { EntityRecord } from '../domain/entities';
import { toCsv } from '../import/csv-rows';
import { accountRefKey, firstNameKey, importFields, lastNameKey, ownerNameKey, timelineNoteKey, type ImportEntity, type ImportField } from '../import/fields';

/** What an export needs to turn ids into names: accounts (for child rows) and team members (owners). */
export type ExportContext = {
  accounts: Pick<EntityRecord<'accounts'>, 'id' | 'name' | 'externalId'>[];
  teamMembers: { id: string; name: string }[];
};

// Name parts are exported joined; timeline notes are timeline entries, not a field of the record.
const skipped = new Set([firstNameKey, lastNameKey, timelineNoteKey]);

function cellOf(field: ImportField, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (field.type === 'money' && typeof value === 'number') return (value / 100).toFixed(2);
  if (Array.isArray(value)) return value.join('; ');
  return String(value);
}

/**
 * Turns records into CSV with a header row of the same human labels the importer reads, so an
 * exported file re-imports cleanly (and updates, not duplicates). Money is a decimal number
 * (15000.00), dates and times ISO, lists "a; b", enum values as stored. Child rows carry their
 * account as two columns, "Account ID" (the CRM id) and "Account name".
 */
export function recordsToCsv<E extends ImportEntity>(entity: E, records: EntityRecord<E>[], ctx: ExportContext): string {
  const fields = importFields[entity].filter((f) => !skipped.has(f.key));
  const accounts = new Map(ctx.accounts.map((a) => [a.id, a]));
  const members = new Map(ctx.teamMembers.map((m) => [m.id, m.name]));
  const headers = fields.flatMap((f) => (f.key === accountRefKey ? ['Account ID', 'Account name'] : [f.label]));
  const rows = records.map((record) => {
    const r = record as Record<string, unknown>;
    return fields.flatMap((f) => {
      if (f.key === accountRefKey) {
        const account = accounts.get(String(r.accountId));
        return [account?.externalId ?? '', account?.name ?? ''];
      }
      if (f.key === ownerNameKey) return [members.get(String(r.ownerId)) ?? ''];
      return [cellOf(f, r[f.key])];
    });
  });
  return toCsv(headers, rows);
}

/** Turns a list of accounts (any filtered list the user sees) into CSV. */
export function accountsToCsv(accounts: EntityRecord<'accounts'>[], teamMembers: ExportContext['teamMembers']): string {
  return recordsToCsv('accounts', accounts, { accounts, teamMembers });
}
