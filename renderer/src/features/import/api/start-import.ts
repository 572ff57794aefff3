import type { CsvTable } from '../../../../../shared/import/csv-rows';
import type { ImportEntity } from '../../../../../shared/import/fields';
import type { ImportChoices, ImportPlan } from '../../../../../shared/import/import-plan';
import type { ColumnMapping } from '../../../../../shared/import/column-mapping';
import { data, db } from '../../../db/instance';
import { runImport, type ImportOutcome, type ImportProgress } from './run-import';

/** Imports a file into this device's database as the wizard planned and previewed it (see runImport). */
export function startImport(
  entity: ImportEntity, table: CsvTable, mapping: ColumnMapping, choices: ImportChoices, fileName: string,
  plan: ImportPlan<ImportEntity> | undefined, onProgress: (progress: ImportProgress) => void,
): Promise<ImportOutcome<ImportEntity>> {
  return runImport({ db, data }, entity, table, mapping, onProgress, { choices, fileName, plan });
}
