import type { EntityRecord } from '../domain/entities';
import { importEntityLabels, type ImportEntity } from '../import/fields';
import { recordsToCsv, type ExportContext } from './records-csv';

/** One account with everything recorded about it that CSV can carry. */
export type AccountBundle = {
  account: EntityRecord<'accounts'>;
  contacts: EntityRecord<'contacts'>[];
  touches: EntityRecord<'touches'>[];
  tickets: EntityRecord<'tickets'>[];
  usagePoints: EntityRecord<'usagePoints'>[];
  surveyResponses: EntityRecord<'surveyResponses'>[];
};

/** A CSV file to save. */
export type CsvFile = { kind: ImportEntity; fileName: string; contents: string };

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'account';
}

/**
 * Exports a whole account as one CSV per kind (account, stakeholders, touches, tickets, usage,
 * survey responses), each in the importer's own column format so it can be re-imported as is.
 * Kinds with no live records are left out; deleted records are never exported.
 */
export function accountCsvFiles(bundle: AccountBundle, teamMembers: ExportContext['teamMembers']): CsvFile[] {
  const ctx: ExportContext = { accounts: [bundle.account], teamMembers };
  const base = slug(bundle.account.name);
  const files: CsvFile[] = [{ kind: 'accounts', fileName: `${base}-account.csv`, contents: recordsToCsv('accounts', [bundle.account], ctx) }];
  const add = <E extends Exclude<ImportEntity, 'accounts'>>(kind: E, rows: EntityRecord<E>[]) => {
    const live = rows.filter((r) => !r.deleted);
    if (live.length === 0) return;
    files.push({ kind, fileName: `${base}-${slug(importEntityLabels[kind])}.csv`, contents: recordsToCsv(kind, live, ctx) });
  };
  add('contacts', bundle.contacts);
  add('touches', bundle.touches);
  add('tickets', bundle.tickets);
  add('usagePoints', bundle.usagePoints);
  add('surveyResponses', bundle.surveyResponses);
  return files;
}
