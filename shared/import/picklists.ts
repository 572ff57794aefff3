import type { CsvRow } from './csv-rows';
import type { ColumnMapping } from './column-mapping';
import { importFields, type ImportEntity, type ImportField } from './fields';
import { enumKey, readEnum } from './values';

/** Per enum field, the user's choice for each value found (keyed by enumKey): one of ours, or '' to keep the default. */
export type ValueMaps = Record<string, Record<string, string>>;

/** One distinct value of a picklist column: as first written, how many rows have it, and our value it maps to by guess. */
export type PicklistValue = { text: string; key: string; count: number; guess: string | null };

/** A column mapped to an enumerated field, with the distinct values it holds (most frequent first). */
export type PicklistColumn = { column: number; header: string; field: ImportField; values: PicklistValue[] };

const maxValues = 60;

/** The user's name for one of our values ("mid_market" → "Mid-market"). */
export function valueLabel(field: ImportField, value: string): string {
  return field.valueLabels?.[value] ?? value;
}

/**
 * Our value a file's value most likely means: the value itself, a known synonym ("ENT",
 * "Mid-Market", "Customer"), or a value whose label it equals; null when nothing fits.
 */
export function guessEnumValue(field: ImportField, text: string): string | null {
  const values = field.values ?? [];
  const direct = readEnum(text, values, field.synonyms);
  if (direct) return direct;
  const key = enumKey(text).replace(/_/g, '');
  return values.find((v) => enumKey(valueLabel(field, v)).replace(/_/g, '') === key) ?? null;
}

/** Lists each picklist column's distinct values with their counts and guesses. */
export function picklistColumns(entity: ImportEntity, headers: string[], rows: CsvRow[], mapping: ColumnMapping): PicklistColumn[] {
  const byKey = new Map(importFields[entity].map((f) => [f.key, f]));
  const out: PicklistColumn[] = [];
  mapping.forEach((key, column) => {
    const field = byKey.get(key);
    if (field?.type !== 'enum') return;
    const counts = new Map<string, PicklistValue>();
    for (const row of rows) {
      const text = (row.cells[column] ?? '').trim();
      if (text === '') continue;
      const k = enumKey(text);
      const known = counts.get(k);
      if (known) known.count += 1;
      else counts.set(k, { text, key: k, count: 1, guess: guessEnumValue(field, text) });
    }
    const values = [...counts.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text)).slice(0, maxValues);
    out.push({ column, header: headers[column] ?? `Column ${column + 1}`, field, values });
  });
  return out;
}

/** The starting choices: every value mapped to its guess, or left to the default when nothing fits. */
export function guessValueMaps(columns: PicklistColumn[]): ValueMaps {
  const maps: ValueMaps = {};
  for (const { field, values } of columns) {
    const map = (maps[field.key] ??= {});
    for (const v of values) map[v.key] ??= v.guess ?? '';
  }
  return maps;
}

/** Our value for a cell of an enum field under the user's choices: a value, or null to keep the default. */
export function mapEnumValue(field: ImportField, text: string, maps: ValueMaps): string | null {
  const chosen = maps[field.key]?.[enumKey(text)];
  if (chosen !== undefined) return chosen === '' ? null : chosen;
  return guessEnumValue(field, text);
}

function orList(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] ?? ''}`;
}

/**
 * What the preview says of a value left unmapped, in the user's words:
 * '"Customer - Direct" is not a segment: choose Small business, Mid-market or Enterprise, or it stays Small business'.
 */
export function unmappedMessage(field: ImportField, text: string, fallback: string | undefined): string {
  const choices = orList((field.values ?? []).map((v) => valueLabel(field, v)));
  const keeps = fallback === undefined ? `${field.label.toLowerCase()} stays empty` : `it stays ${valueLabel(field, fallback)}`;
  return `"${text.trim()}" is not a ${field.label.toLowerCase()}: choose ${choices}, or ${keeps}`;
}

/** The field a header may mean but is not mapped to by a guess (HubSpot "Annual Revenue" → Annual contract value), if any. */
export function offeredField(entity: ImportEntity, normalizedHeader: string): ImportField | undefined {
  return importFields[entity].find((f) => f.offers?.includes(normalizedHeader));
}
