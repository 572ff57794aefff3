import { useMemo } from 'react';
import type { CsvTable } from '../../../../../shared/import/csv-rows';
import type { ImportEntity } from '../../../../../shared/import/fields';
import { planImport, type ImportChoices, type ImportContext, type ImportPlan } from '../../../../../shared/import/import-plan';
import type { ColumnMapping } from '../../../../../shared/import/column-mapping';
import { useImportContext } from '../api/use-import-context';

/**
 * The whole file planned against the data there now (for the preview and the honest Import button);
 * undefined while loading, and while `active` is false (no file, or the import is running).
 */
export function useImportPlan(entity: ImportEntity, table: CsvTable, mapping: ColumnMapping, choices: ImportChoices, active: boolean): { ctx: ImportContext<ImportEntity>; plan: ImportPlan<ImportEntity> } | undefined {
  const ctx = useImportContext(entity, active);
  return useMemo(() => (ctx && active ? { ctx, plan: planImport(entity, table.headers, table.rows, mapping, ctx, choices) } : undefined), [ctx, active, entity, table, mapping, choices]);
}
