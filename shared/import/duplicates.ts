import type { CsvRow } from './csv-rows';
import type { ImportEntity } from './fields';
import type { ReadRow, RowError } from './read-row';

/** What to do with rows of one file that share a key: keep the first, keep the last, or import neither. */
export type DuplicatePolicy = 'first' | 'last' | 'skip';

/** Rows of one file sharing a key, named as the user would: "rows 41 and 42 share Record ID 9000040 and disagree on ARR". */
export type DuplicateGroup = { rowNumbers: number[]; keyLabel: string; disagreeOn: string[]; message: string };

type Checked = { read: ReadRow; row: CsvRow; errors: RowError[]; key: string | null; fileValues: Record<string, unknown> };

const keyFields: Record<ImportEntity, string[]> = {
  accounts: ['externalId', 'name'], tickets: ['externalId'], contacts: ['email', 'name'],
  usagePoints: ['date', 'metric'], touches: ['at', 'summary'], surveyResponses: ['respondedAt', 'kind'],
};

/** Values compared as a user would: case and surrounding spaces of text do not make rows disagree. */
function sameness(value: unknown): string {
  return typeof value === 'string' ? value.trim().toLowerCase() : JSON.stringify(value ?? null);
}

function rowList(numbers: number[]): string {
  return numbers.length === 2 ? `rows ${numbers[0] ?? ''} and ${numbers[1] ?? ''}` : `rows ${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1] ?? ''}`;
}

function keyLabelOf(entity: ImportEntity, read: ReadRow, labelOf: Map<string, string>): string {
  const field = keyFields[entity].find((f) => f in read.values) ?? '';
  return `${read.columns[field] ?? labelOf.get(field) ?? field} ${String(read.values[field] ?? '')}`;
}

/**
 * Finds rows of a file that share a natural key (only rows that read without errors), names what
 * they disagree on by the file's column headers, and says which rows the policy leaves out
 * (index in `checked` → why).
 */
export function findDuplicates(entity: ImportEntity, checked: Checked[], policy: DuplicatePolicy, labelOf: Map<string, string>): { groups: DuplicateGroup[]; skip: Map<number, string> } {
  const byKey = new Map<string, number[]>();
  checked.forEach(({ key, errors }, i) => {
    if (key === null || errors.length > 0) return;
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  });
  const groups: DuplicateGroup[] = [];
  const skip = new Map<number, string>();
  for (const indices of byKey.values()) {
    if (indices.length < 2) continue;
    const rows = indices.map((i) => checked[i]).filter((c): c is Checked => c !== undefined);
    const first = rows[0];
    if (!first) continue;
    const fields = new Set(rows.flatMap((r) => Object.keys(r.fileValues)));
    const disagreeOn = [...fields]
      .filter((f) => new Set(rows.map((r) => sameness(r.fileValues[f]))).size > 1)
      .map((f) => rows.find((r) => r.read.columns[f])?.read.columns[f] ?? labelOf.get(f) ?? f);
    const rowNumbers = rows.map((r) => r.row.rowNumber);
    const keyLabel = keyLabelOf(entity, first.read, labelOf);
    const agree = disagreeOn.length === 0 ? 'and are identical' : `and disagree on ${disagreeOn.join(', ')}`;
    groups.push({ rowNumbers, keyLabel, disagreeOn, message: `${rowList(rowNumbers)} share ${keyLabel} ${agree}`.replace(/^r/, 'R') });
    const kept = policy === 'first' ? indices[0] : policy === 'last' ? indices[indices.length - 1] : undefined;
    const keptRow = kept === undefined ? undefined : checked[kept]?.row.rowNumber;
    for (const i of indices) {
      if (i === kept) continue;
      skip.set(i, keptRow === undefined ? `Skipped: shares ${keyLabel} with ${rowList(rowNumbers)}` : `Skipped: shares ${keyLabel} with row ${keptRow}, which is imported`);
    }
  }
  return { groups, skip };
}
