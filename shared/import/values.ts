import { parseMoney } from '../domain/money';

/** The outcome of reading one cell. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = <T>(message: string): CellResult<T> => ({ ok: false, message });
const pad = (n: number) => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Reads a calendar date from ISO (2027-03-31, with or without a time) or US M/D/YYYY (CRM exports). */
export function readDate(text: string): CellResult<string> {
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(t);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validDate(y, mo, d) ? ok(`${y}-${pad(mo)}-${pad(d)}`) : fail(`"${t}" is not a real date`);
  }
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:\s.*)?$/.exec(t);
  if (m) {
    const y = Number(m[3]) < 100 ? 2000 + Number(m[3]) : Number(m[3]);
    const [mo, d] = [Number(m[1]), Number(m[2])];
    return validDate(y, mo, d) ? ok(`${y}-${pad(mo)}-${pad(d)}`) : fail(`"${t}" is not a real date (dates are read as month/day/year)`);
  }
  return fail(`"${t}" is not a date: use 2027-03-31 or 3/31/2027`);
}

/** Reads an instant: ISO with zone, or a date with an optional time (taken as UTC). */
export function readDateTime(text: string): CellResult<string> {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/.test(t)) {
    const ms = Date.parse(t);
    return Number.isNaN(ms) ? fail(`"${t}" is not a date and time`) : ok(new Date(ms).toISOString());
  }
  const date = readDate(t);
  if (!date.ok) return fail(`"${t}" is not a date and time: use 2026-11-22 14:05 or 11/22/2026 2:05 PM`);
  const time = /(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?\s*$/i.exec(t.replace(/^\S+/, ''));
  let [h, mi, s] = [0, 0, 0];
  if (time) {
    h = Number(time[1]);
    mi = Number(time[2]);
    s = Number(time[3] ?? 0);
    const half = time[4]?.toLowerCase();
    if (half === 'pm' && h < 12) h += 12;
    if (half === 'am' && h === 12) h = 0;
    if (h > 23 || mi > 59 || s > 59) return fail(`"${t}" has an impossible time`);
  }
  return ok(`${date.value}T${pad(h)}:${pad(mi)}:${pad(s)}.000Z`);
}

/** Reads money ("$15,000.00", "15.000,50 €") into minor units. */
export function readMoney(text: string): CellResult<number> {
  const value = parseMoney(text);
  if (value === null) return fail(`"${text.trim()}" is not an amount`);
  return value < 0 ? fail('Amounts cannot be negative') : ok(value);
}

/** Reads a plain number ("1,234.5"). */
export function readNumber(text: string): CellResult<number> {
  const value = Number(text.trim().replace(/,/g, ''));
  return text.trim() !== '' && Number.isFinite(value) ? ok(value) : fail(`"${text.trim()}" is not a number`);
}

/** Reads an enum leniently: case, spaces, dashes and listed synonyms do not matter. */
export function readEnum<T extends string>(text: string, values: readonly T[], synonyms: Record<string, T> = {}): CellResult<T> {
  const key = text.trim().toLowerCase().replace(/[\s-]+/g, '_');
  const direct = values.find((v) => v === key);
  if (direct) return ok(direct);
  const synonym = synonyms[key];
  if (synonym) return ok(synonym);
  return fail(`"${text.trim()}" is not one of: ${values.join(', ')}`);
}

/** Reads a list separated by commas or semicolons. */
export function readList(text: string): CellResult<string[]> {
  return ok([...new Set(text.split(/[;,]/).map((s) => s.trim()).filter(Boolean))]);
}
