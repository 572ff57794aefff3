import { toCsv } from './csv';
import type { RowError } from './plan-import';

/** The rejected rows as a CSV to fix and re-import: the original columns plus "Row" and "Error". */
export function rejectedRowsCsv(headers: string[], rows: string[][], rejected: number[], errors: RowError[]): string {
  const reasons = new Map<number, string[]>();
  for (const e of errors) reasons.set(e.rowNumber, [...(reasons.get(e.rowNumber) ?? []), `${e.column}: ${e.message}`]);
  return toCsv([...headers, 'Row', 'Error'], rejected.map((index) => [...(rows[index] ?? []), String(index + 2), (reasons.get(index + 2) ?? []).join('; ')]));
}
