import { useMemo } from 'react';
import type { CsvTable } from '../../../../../shared/import/csv-rows';
import type { ImportEntity } from '../../../../../shared/import/fields';
import { planImport, type ImportChoices, type ImportContext, type ImportPlan } from '../../../../../shared/import/import-plan';
import type { ColumnMapping } from '../../../../../shared/import/column-mapping';
import { useImportContext } from '../api/use-import-context';

/** The whole file planned against the data there now (for the preview and the honest Import button); undefined while loading. */
export function useImportPlan(entity: ImportEntity, table: CsvTable, mapping: ColumnMapping, choices: ImportChoices): { ctx: ImportContext<ImportEntity>; plan: ImportPlan<ImportEntity> } | undefined {
  const ctx = useImportContext(entity);
  return useMemo(() => (ctx ? { ctx, plan: planImport(entity, table.headers, table.rows, mapping, ctx, choices) } : undefined), [ctx, entity, table, mapping, choices]);
}
