import type { CsvTable } from './csv-rows';
import type { ColumnMapping } from './column-mapping';
import { inferColumnFormats } from './column-formats';
import type { ImportEntity } from './fields';
import { defaultImportChoices, type ImportChoices } from './import-plan';
import { guessValueMaps, picklistColumns } from './picklists';

/**
 * The choices for a file and mapping: formats decided from the values, picklist values guessed;
 * what the user already chose (same column and kind, same value) is kept.
 */
export function initialChoices(entity: ImportEntity, table: CsvTable, mapping: ColumnMapping, previous: ImportChoices = defaultImportChoices): ImportChoices {
  const formats = inferColumnFormats(entity, table.rows, mapping);
  for (const [column, format] of Object.entries(previous.formats)) {
    const fresh = formats[Number(column)];
    if (fresh?.kind === format.kind) formats[Number(column)] = format;
  }
  const guessed = guessValueMaps(picklistColumns(entity, table.headers, table.rows, mapping));
  const valueMaps = Object.fromEntries(Object.entries(guessed).map(([field, map]) => [field, { ...map, ...pick(previous.valueMaps[field], map) }]));
  return { formats, valueMaps, duplicates: previous.duplicates };
}

function pick(chosen: Record<string, string> | undefined, present: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(chosen ?? {}).filter(([k]) => k in present));
}
