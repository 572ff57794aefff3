import { accountRefKey, importFields, timelineNoteKey, type ImportEntity, type ImportField } from './fields';
import { crmPresets, type CrmPreset } from './presets';

/** For each CSV column (by position), the import field key it feeds, or '' to ignore the column. */
export type ColumnMapping = string[];

/** Reduces a header or label to lower-case letters and digits, so "Account_Name " equals "account name". */
export function normalizeHeader(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** A stable key for a file's columns, used to remember the mapping the user chose for it. */
export function headerSignature(headers: string[]): string {
  return headers.map(normalizeHeader).join('|');
}

/** Guesses which CRM a file comes from by its telltale headers. */
export function detectPreset(headers: string[]): CrmPreset | 'custom' {
  const names = new Set(headers.map(normalizeHeader));
  if (names.has('recordid') || names.has('companyname') || names.has('associatedcompany') || names.has('companyowner')) return 'hubspot';
  if (names.has('accountid') || names.has('accountowner') || names.has('accountname')) return 'salesforce';
  return 'custom';
}

function words(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

/** How well a header matches a field: 1 exact, lower for partial matches, 0 none. */
function matchScore(header: string, field: ImportField): number {
  const h = normalizeHeader(header);
  if (h === '') return 0;
  const names = [field.label, field.key, ...(field.aliases ?? [])].map(normalizeHeader);
  if (names.includes(h)) return 1;
  if (names.some((n) => n.length >= 4 && (h.includes(n) || n.includes(h)) && Math.min(h.length, n.length) >= 4)) return 0.7;
  const hw = new Set(words(header));
  const lw = words(field.label);
  const shared = lw.filter((w) => hw.has(w)).length;
  return shared > 0 ? (0.6 * shared) / Math.max(hw.size, lw.length) : 0;
}

/** Fields several columns may feed: the account reference (an ID column and a name column) and timeline notes. */
const manyColumns: ReadonlySet<string> = new Set([accountRefKey, timelineNoteKey]);

/**
 * Guesses the mapping of a file's headers: the preset's table first (Salesforce, HubSpot), then fuzzy
 * matching against our labels, keys and known aliases. Each field takes one column, except the
 * account reference and timeline notes, which may come from several.
 */
export function guessMapping(entity: ImportEntity, headers: string[], preset: CrmPreset | 'custom'): ColumnMapping {
  const fields = importFields[entity];
  const known = new Set(fields.map((f) => f.key));
  const table = preset === 'custom' ? {} : crmPresets[preset][entity];
  const mapping: ColumnMapping = headers.map((h) => {
    const key = table[normalizeHeader(h)];
    return key !== undefined && known.has(key) ? key : '';
  });
  const taken = new Set(mapping.filter((k) => k !== '' && !manyColumns.has(k)));
  const candidates: { column: number; key: string; score: number }[] = [];
  headers.forEach((header, column) => {
    if (mapping[column] !== '') return;
    for (const field of fields) {
      const score = matchScore(header, field);
      if (score >= 0.5) candidates.push({ column, key: field.key, score });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  for (const { column, key } of candidates) {
    if (mapping[column] !== '' || (taken.has(key) && !manyColumns.has(key))) continue;
    mapping[column] = key;
    taken.add(key);
  }
  return mapping;
}
