import Papa from 'papaparse';

/** A parsed CSV file: its header row and data rows (all cells as text). */
export type CsvTable = { headers: string[]; rows: string[][] };

/**
 * Parses CSV text as CRM exports write it: UTF-8 BOM, CRLF or LF, quoted fields with commas,
 * quotes and newlines, comma/semicolon/tab delimiters. Blank lines are kept so row numbers match
 * the spreadsheet; the importer skips them.
 */
export function parseCsv(text: string): CsvTable {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const [headerRow = [], ...rows] = result.data;
  const headers = headerRow.map((h, i) => h.trim() || `Column ${i + 1}`);
  return { headers, rows: rows.map((r) => headers.map((_, i) => r[i] ?? '')) };
}

/** Writes rows as CSV with a header row (RFC 4180 quoting, CRLF line ends, as spreadsheets expect). */
export function toCsv(headers: string[], rows: (string | number | null)[][]): string {
  return Papa.unparse({ fields: headers, data: rows.map((r) => r.map((c) => (c === null ? '' : c))) }, { newline: '\r\n' });
}
