import { importFields, type ImportEntity, type ImportField } from './fields';
import type { ColumnMapping } from './column-mapping';
import { readDate, readDateTime, readEnum, readList, readMoney, readNumber, type CellResult } from './values';

/** One problem with one cell of one row, as the user will see it in a spreadsheet. */
export type RowError = { rowNumber: number; column: string; value: string; message: string };

/** A row read into field values: each value with the column it came from. */
export type ReadRow = {
  values: Record<string, unknown>;
  /** Field key → header of the column its value came from (for error reports). */
  columns: Record<string, string>;
  /** Field key → every non-blank cell mapped to it, in column order (the account reference tries each). */
  candidates: Record<string, { column: string; text: string }[]>;
  errors: RowError[];
};

/** Reads one cell as the type of its field. */
export function readCell(field: ImportField, text: string): CellResult<unknown> {
  switch (field.type) {
    case 'date': return readDate(text);
    case 'datetime': return readDateTime(text);
    case 'money': return readMoney(text);
    case 'number': return readNumber(text);
    case 'list': return readList(text);
    case 'enum': return readEnum(text, field.values ?? [], field.synonyms);
    case 'text': return { ok: true, value: text.trim() };
  }
}

/** Where a field's value would come from: its mapped column's header, or its label when unmapped. */
export function columnOf(entity: ImportEntity, key: string, headers: string[], mapping: ColumnMapping): string {
  const index = mapping.indexOf(key);
  const header = index >= 0 ? headers[index] : undefined;
  return header ?? importFields[entity].find((f) => f.key === key)?.label ?? key;
}

/**
 * Reads the mapped cells of a row. Blank cells are left out (defaults fill them for new records;
 * they never erase data on existing ones). When several columns feed one field, the first
 * non-blank one wins.
 */
export function readRow(entity: ImportEntity, headers: string[], mapping: ColumnMapping, cells: string[], rowNumber: number): ReadRow {
  const byKey = new Map(importFields[entity].map((f) => [f.key, f]));
  const out: ReadRow = { values: {}, columns: {}, candidates: {}, errors: [] };
  mapping.forEach((key, i) => {
    const field = byKey.get(key);
    const text = cells[i] ?? '';
    const column = headers[i] ?? `Column ${i + 1}`;
    if (!field || text.trim() === '') return;
    (out.candidates[key] ??= []).push({ column, text: text.trim() });
    if (key in out.values) return;
    const cell = readCell(field, text);
    if (cell.ok) {
      out.values[key] = cell.value;
      out.columns[key] = column;
    } else if (!out.errors.some((e) => e.column === column)) {
      out.errors.push({ rowNumber, column, value: text, message: cell.message });
    }
  });
  return out;
}
