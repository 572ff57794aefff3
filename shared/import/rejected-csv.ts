import { toCsv } from './csv-rows';
import type { RejectedRow } from './import-plan';

/** Turns rejected rows back into a CSV the user can fix and re-import: their original columns plus "Error". */
export function rejectedRowsCsv(headers: string[], rejected: RejectedRow[]): string {
  const rows = rejected.map(({ cells, errors }) => {
    const padded = headers.map((_, i) => cells[i] ?? '');
    return [...padded, errors.map((e) => `${e.column}: ${e.message}`).join('; ')];
  });
  return toCsv([...headers, 'Error'], rows);
}

/** Every error of every rejected row, flattened in row order (for the result table). */
export function rejectedErrors(rejected: RejectedRow[]): RejectedRow['errors'] {
  return rejected.flatMap((r) => r.errors);
}
