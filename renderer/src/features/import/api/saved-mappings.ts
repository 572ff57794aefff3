import type { ImportEntity } from '../../../../../shared/import/fields';
import { headerSignature, type ColumnMapping } from '../../../../../shared/import/column-mapping';

const keyOf = (entity: ImportEntity, headers: string[]) => `rapport.importMapping.${entity}.${headerSignature(headers)}`;

/** The mapping the user saved for files with these headers (a UI preference kept in localStorage), if any. */
export function loadSavedMapping(entity: ImportEntity, headers: string[]): ColumnMapping | null {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(keyOf(entity, headers)) ?? 'null');
    return Array.isArray(parsed) && parsed.length === headers.length && parsed.every((k) => typeof k === 'string') ? parsed : null;
  } catch {
    return null;
  }
}

/** Remembers a mapping for files with these headers. */
export function saveMapping(entity: ImportEntity, headers: string[], mapping: ColumnMapping): void {
  localStorage.setItem(keyOf(entity, headers), JSON.stringify(mapping));
}
