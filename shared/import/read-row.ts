import { importFields, type ImportEntity, type ImportField } from './fields';
import type { ColumnMapping } from './column-mapping';
import type { ColumnFormats } from './column-formats';
import { mapEnumValue, unmappedMessage, type ValueMaps } from './picklists';
import { recordDefaults } from './record-defaults';
import { readDate, readDateTime, readList, readMoney, readNumber, type CellResult } from './values';

/** One problem with one cell of one row, as the user will see it in a spreadsheet. */
export type RowError = { rowNumber: number; column: string; value: string; message: string };

/** How the user asked the file to be read: per-column date and number formats, and picklist value choices. */
export type ReadChoices = { formats: ColumnFormats; valueMaps: ValueMaps };

/** A row read into field values: each value with the column it came from. */
export type ReadRow = {
  values: Record<string, unknown>;
  /** Field key → header of the column its value came from (for error reports). */
  columns: Record<string, string>;
  /** Field key → every non-blank cell mapped to it, in column order (the account reference tries each). */
  candidates: Record<string, { column: string; text: string }[]>;
  errors: RowError[];
  /** Cells that were read but not used (a picklist value left unmapped): the row is kept, the field keeps its default. */
  notes: RowError[];
  /** The currency a money cell named ("€", "GBP"), if any. */
  cellCurrency: string | null;
};

/** Reads one cell as the type of its field (enums are read by readRow, through the user's value choices). */
export function readCell(field: ImportField, text: string, formats: ColumnFormats = {}, column = -1): CellResult<unknown> {
  const format = formats[column];
  const order = format?.kind === 'date' ? format.order : 'mdy';
  const mark = format?.kind === 'number' ? format.mark : '.';
  switch (field.type) {
    case 'date': return readDate(text, order);
    case 'datetime': return readDateTime(text, order);
    case 'money': return readMoney(text, mark);
    case 'number': return readNumber(text, mark);
    case 'list': return readList(text);
    case 'enum':
    case 'text': return { ok: true, value: text.trim() };
  }
}

/** Where a field's value would come from: its mapped column's header, or its label when unmapped. */
export function columnOf(entity: ImportEntity, key: string, headers: string[], mapping: ColumnMapping): string {
  const index = mapping.indexOf(key);
  const header = index >= 0 ? headers[index] : undefined;
  return header ?? importFields[entity].find((f) => f.key === key)?.label ?? key;
}

/** A row reader for one file and mapping (field lookups built once, not per row). */
export type RowReader = (cells: string[], rowNumber: number) => ReadRow;

/**
 * Builds the reader of a file's rows. Blank cells are left out (defaults fill them for new records;
 * they never erase data on existing ones). When several columns feed one field, the first non-blank
 * one wins. A picklist value the user left unmapped is a note, never a rejection.
 */
export function createRowReader(entity: ImportEntity, headers: string[], mapping: ColumnMapping, choices: ReadChoices = { formats: {}, valueMaps: {} }): RowReader {
  const byKey = new Map(importFields[entity].map((f) => [f.key, f]));
  const defaults = recordDefaults(entity, '');
  const columns = mapping.map((key, i) => ({ i, key, field: byKey.get(key), header: headers[i] ?? `Column ${i + 1}` }));
  return (cells, rowNumber) => {
    const out: ReadRow = { values: {}, columns: {}, candidates: {}, errors: [], notes: [], cellCurrency: null };
    for (const { i, key, field, header } of columns) {
      const raw = cells[i] ?? '';
      if (!field) continue;
      const text = raw.trim();
      if (text === '') continue;
      (out.candidates[key] ??= []).push({ column: header, text });
      if (key in out.values) continue;
      if (field.type === 'enum') {
        const value = mapEnumValue(field, text, choices.valueMaps);
        if (value !== null) {
          out.values[key] = value;
          out.columns[key] = header;
        } else {
          const fallback = defaults[key];
          out.notes.push({ rowNumber, column: header, value: raw, message: unmappedMessage(field, text, typeof fallback === 'string' ? fallback : undefined) });
        }
        continue;
      }
      const cell = readCell(field, text, choices.formats, i);
      if (cell.ok) {
        if (field.type === 'money') {
          const money = cell.value as { minor: number; currency: string | null };
          out.values[key] = money.minor;
          out.cellCurrency ??= money.currency;
        } else out.values[key] = cell.value;
        out.columns[key] = header;
      } else if (!out.errors.some((e) => e.column === header)) {
        out.errors.push({ rowNumber, column: header, value: raw, message: cell.message });
      }
    }
    return out;
  };
}

/** Reads the mapped cells of one row (see createRowReader). */
export function readRow(entity: ImportEntity, headers: string[], mapping: ColumnMapping, cells: string[], rowNumber: number, choices?: ReadChoices): ReadRow {
  return createRowReader(entity, headers, mapping, choices)(cells, rowNumber);
}
