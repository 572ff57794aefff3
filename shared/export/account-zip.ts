import { strToU8, zipSync } from 'fflate';
import type { CsvFile } from './account-csv-files';

/**
 * One account export as one file: a ZIP holding each CSV of `accountCsvFiles` (UTF-8, in the importer's
 * column format), so the account is saved in one step and each CSV inside re-imports as is.
 */
export function accountZip(files: CsvFile[], modified: Date): Uint8Array {
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const file of files) entries[file.fileName] = [strToU8(file.contents), { mtime: modified }];
  return zipSync(entries, { level: 6 });
}

/** The ZIP's file name for an account's CSV files (`acme-account.csv` → `acme.zip`). */
export function accountZipName(files: CsvFile[]): string {
  const first = files[0]?.fileName ?? 'account-account.csv';
  return `${first.replace(/-account\.csv$/, '').replace(/\.csv$/, '')}.zip`;
}
