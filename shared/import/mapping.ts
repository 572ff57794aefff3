import { importKinds, type ImportKindId } from './kinds';

/** Column header → field key ('' when the column is not imported). */
export type ColumnMapping = Record<string, string>;

/** Normalizes a header for matching: lower case, no punctuation, single spaces. */
export function normalizeHeader(header: string): string {
  return header.replace(/^\uFEFF/, '').toLowerCase().replace(/[_\-.:()#]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Guesses which field each column holds: an exact alias (Salesforce and HubSpot headers included)
 * first, then the field's own label; each field is used by at most one column.
 */
export function guessMapping(kind: ImportKindId, headers: string[]): ColumnMapping {
  const fields = importKinds[kind].fields;
  const mapping: ColumnMapping = {};
  const used = new Set<string>();
  for (const pass of ['alias', 'label'] as const) {
    for (const header of headers) {
      if (mapping[header]) continue;
      const h = normalizeHeader(header);
      const field = fields.find((f) => !used.has(f.key) && (pass === 'alias' ? f.aliases.includes(h) : normalizeHeader(f.label) === h || f.key.toLowerCase() === h.replace(/ /g, '')));
      if (field) {
        mapping[header] = field.key;
        used.add(field.key);
      }
    }
  }
  for (const header of headers) mapping[header] ??= '';
  return mapping;
}

/** Required fields no column is mapped to (stakeholders need a full name or a first/last name). */
export function missingRequired(kind: ImportKindId, mapping: ColumnMapping): string[] {
  const mapped = new Set(Object.values(mapping));
  const missing = importKinds[kind].fields.filter((f) => f.required && !mapped.has(f.key)).map((f) => f.label);
  if (kind === 'contacts' && !mapped.has('name') && !mapped.has('firstName') && !mapped.has('lastName')) missing.push('Full name (or first and last name)');
  return missing;
}

/** A stable signature of a file's header row, to remember the user's mapping for files like it. */
export function headerSignature(kind: ImportKindId, headers: string[]): string {
  return `${kind}:${headers.map(normalizeHeader).join('|')}`;
}
