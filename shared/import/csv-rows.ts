import Papa from 'papaparse';
import { neutralizeCsvCell, restoreCsvCell } from '../export/csv-cell';

/** One data row of a CSV file, with the row number a spreadsheet shows for it (header = row 1). */
export type CsvRow = { rowNumber: number; cells: string[] };

/** A parsed CSV file: its header names and its non-blank data rows. */
export type CsvTable = { headers: string[]; rows: CsvRow[] };

/**
 * Parses CSV text from a CRM export: a UTF-8 byte-order mark, CRLF line ends, quoted fields with
 * commas, quotes and newlines, and blank rows (anywhere, usually trailing) are all handled. The
 * quote an export put in front of a formula-like cell is taken off again.
 */
export function parseCsv(text: string): CsvTable {
  const clean = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(clean, { header: false, skipEmptyLines: false });
  const [headerRow = [], ...dataRows] = parsed.data;
  const headers = headerRow.map((h) => h.trim());
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  const rows: CsvRow[] = [];
  dataRows.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    rows.push({ rowNumber: i + 2, cells: cells.map(restoreCsvCell) });
  });
  return { headers, rows };
}

/**
 * Writes rows as CSV text (quoting as needed) with CRLF line ends, as spreadsheets expect; cells a
 * spreadsheet would run as formulas are neutralised (`parseCsv` undoes it).
 */
export function toCsv(headers: string[], rows: string[][]): string {
  return Papa.unparse({ fields: headers.map(neutralizeCsvCell), data: rows.map((row) => row.map(neutralizeCsvCell)) }, { newline: '\r\n' });
}
