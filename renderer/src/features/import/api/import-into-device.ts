import type { CsvTable } from '../../../../../shared/import/csv-rows';
import type { ColumnMapping } from '../../../../../shared/import/column-mapping';
import type { ImportEntity } from '../../../../../shared/import/fields';
import { data, db } from '../../../db/instance';
import { runImport, type ImportOutcome, type ImportProgress } from './run-import';

/** Imports a parsed CSV file into this device's database (see runImport). */
export function importIntoThisDevice<E extends ImportEntity>(
  entity: E, table: CsvTable, mapping: ColumnMapping, onProgress: (progress: ImportProgress) => void,
): Promise<ImportOutcome<E>> {
  return runImport({ db, data }, entity, table, mapping, onProgress);
}
