import { z } from 'zod';
import { importEntities } from '../../../../../shared/import/fields';

const key = 'rapport.importInProgress';

const markerSchema = z.object({ fileName: z.string(), entity: z.enum(importEntities), saved: z.number(), total: z.number() });
/** How far an import got while saving: kept until it finishes, so a reload mid-import can say so. */
export type ImportMarker = z.infer<typeof markerSchema>;

/** Records how far the running import got (a UI note kept in localStorage, not data). */
export function writeImportMarker(marker: ImportMarker): void {
  try {
    localStorage.setItem(key, JSON.stringify(marker));
  } catch {
    // Storage full or disabled: the import itself is unaffected, only the reload notice is lost.
  }
}

/** The import that was cut short (the window reloaded or closed while it saved), if any. */
export function readImportMarker(): ImportMarker | null {
  try {
    const parsed = markerSchema.safeParse(JSON.parse(localStorage.getItem(key) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Forgets the marker: the import finished, or the user dismissed the notice. */
export function clearImportMarker(): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // No storage (a benchmark in Node): nothing to forget.
  }
}
