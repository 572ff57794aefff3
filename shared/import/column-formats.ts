import type { CsvRow } from './csv-rows';
import type { ColumnMapping } from './column-mapping';
import { importFields, type ImportEntity } from './fields';
import { dateParts, type DateOrder, type DecimalMark } from './values';

/** How one column's dates or numbers are read; `decided` is false when the values could not tell and the user should say. */
export type ColumnFormat =
  | { kind: 'date'; order: DateOrder; decided: boolean }
  | { kind: 'number'; mark: DecimalMark; decided: boolean };

/** Column index → how that column is read (only mapped date and number columns have one). */
export type ColumnFormats = Record<number, ColumnFormat>;

const sampleSize = 2000;

/**
 * Decides a date column's order from its values: a first number over 12 means day first, a second
 * number over 12 month first; dotted dates (31.12.2026) are day first by convention. Undecided
 * (every value fits both) when nothing tells, and then month first is only a guess.
 */
export function detectDateOrder(values: string[]): { order: DateOrder; decided: boolean } {
  let dayFirst = 0;
  let monthFirst = 0;
  let dotted = 0;
  let any = false;
  for (const value of values) {
    const parts = dateParts(value);
    if (!parts) continue;
    any = true;
    if (parts[0] > 12) dayFirst += 1;
    if (parts[1] > 12) monthFirst += 1;
    if (/^\d{1,2}\.\d{1,2}\./.test(value.trim())) dotted += 1;
  }
  if (dayFirst > monthFirst) return { order: 'dmy', decided: true };
  if (monthFirst > dayFirst) return { order: 'mdy', decided: true };
  if (dotted > 0) return { order: 'dmy', decided: true };
  return { order: 'mdy', decided: !any };
}

/** What one number says about its decimal mark: ',' or '.', or null when it cannot tell ("1,250", "42"). */
function markOf(value: string): DecimalMark | null {
  const digits = value.replace(/[^\d.,]/g, '');
  const lastComma = digits.lastIndexOf(',');
  const lastDot = digits.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) return lastComma > lastDot ? ',' : '.';
  const sep = lastComma >= 0 ? ',' : lastDot >= 0 ? '.' : null;
  if (sep === null) return null;
  const other: DecimalMark = sep === ',' ? '.' : ',';
  if (digits.split(sep).length > 2) return other; // 1.250.000 : the repeated mark groups thousands
  const after = digits.length - digits.lastIndexOf(sep) - 1;
  return after === 3 ? null : sep;
}

/**
 * Decides a number column's decimal mark from its values ("1.250.000,50" → ',', "1,250,000.50" →
 * '.'), by majority; undecided when every value could be either (then '.').
 */
export function detectDecimalMark(values: string[]): { mark: DecimalMark; decided: boolean } {
  let comma = 0;
  let dot = 0;
  for (const value of values) {
    const mark = markOf(value);
    if (mark === ',') comma += 1;
    if (mark === '.') dot += 1;
  }
  if (comma > dot) return { mark: ',', decided: true };
  if (dot > comma) return { mark: '.', decided: true };
  return { mark: '.', decided: comma + dot === 0 && !values.some((v) => /\d[.,]\d{3}(?!\d)/.test(v)) };
}

/**
 * Decides, per mapped date and number column, how its values are read (from up to 2,000 rows).
 * Columns whose values read one way only (ISO dates, whole numbers) get no format: there is nothing to choose.
 */
export function inferColumnFormats(entity: ImportEntity, rows: CsvRow[], mapping: ColumnMapping): ColumnFormats {
  const formats: ColumnFormats = {};
  const byKey = new Map(importFields[entity].map((f) => [f.key, f]));
  const sample = rows.slice(0, sampleSize);
  mapping.forEach((key, column) => {
    const field = byKey.get(key);
    if (!field) return;
    const values = sample.map((r) => r.cells[column] ?? '').filter((v) => v.trim() !== '');
    const isDate = field.type === 'date' || field.type === 'datetime';
    if (isDate && values.some((v) => dateParts(v) !== null)) formats[column] = { kind: 'date', ...detectDateOrder(values) };
    const isNumber = field.type === 'money' || field.type === 'number';
    if (isNumber && values.some((v) => /\d[.,]\d/.test(v))) formats[column] = { kind: 'number', ...detectDecimalMark(values) };
  });
  return formats;
}

/** How the preview says a column is read ("dates read as day/month/year", "1.250,50 read as 1250.50"). */
export function describeFormat(format: ColumnFormat): string {
  if (format.kind === 'date') return format.order === 'dmy' ? 'dates read as day/month/year' : 'dates read as month/day/year';
  return format.mark === ',' ? 'numbers read with a decimal comma (1.250,50)' : 'numbers read with a decimal point (1,250.50)';
}
