/** The outcome of reading one cell. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** How a column writes calendar dates that are not ISO: day first (31/12/2026) or month first (12/31/2026). */
export type DateOrder = 'dmy' | 'mdy';
/** A column's decimal separator: "1,250,000.50" ('.') or "1.250.000,50" (','). */
export type DecimalMark = '.' | ',';

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = <T>(message: string): CellResult<T> => ({ ok: false, message });
const pad = (n: number) => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar date written with separators: its parts in the order written, ISO (year first) or not. */
const isoDate = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$/;
const partsDate = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:[ T].*)?$/;
/** Excel stores dates as days since 1899-12-30 (a fraction is the time of day); 20000–80000 is 1954–2119. */
const excelSerial = /^(\d{5})(?:\.(\d+))?$/;

/** The two leading numbers of a non-ISO date ("31/12/2026" → [31, 12]), or null when it is not one. */
export function dateParts(text: string): [number, number] | null {
  const m = partsDate.exec(text.trim());
  return m ? [Number(m[1]), Number(m[2])] : null;
}

function fromSerial(serial: number): string {
  const ms = Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000);
  return new Date(ms).toISOString();
}

/**
 * Reads a calendar date: ISO (2027-03-31, with or without a time), an Excel serial number, or
 * 31/03/2027, 31.03.2027 and 31-03-2027 read in the column's order (month first unless told).
 */
export function readDate(text: string, order: DateOrder = 'mdy'): CellResult<string> {
  const t = text.trim();
  let m = isoDate.exec(t);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validDate(y, mo, d) ? ok(`${y}-${pad(mo)}-${pad(d)}`) : fail(`"${t}" is not a real date`);
  }
  m = partsDate.exec(t);
  if (m) {
    const y = Number(m[3]) < 100 ? 2000 + Number(m[3]) : Number(m[3]);
    const [a, b] = [Number(m[1]), Number(m[2])];
    const [mo, d] = order === 'dmy' ? [b, a] : [a, b];
    const reading = order === 'dmy' ? 'day/month/year' : 'month/day/year';
    return validDate(y, mo, d) ? ok(`${y}-${pad(mo)}-${pad(d)}`) : fail(`"${t}" is not a real date (dates in this column are read as ${reading})`);
  }
  m = excelSerial.exec(t);
  if (m && Number(m[1]) >= 20_000 && Number(m[1]) <= 80_000) return ok(fromSerial(Number(t)).slice(0, 10));
  return fail(`"${t}" is not a date: use 2027-03-31, or a date like ${order === 'dmy' ? '31/03/2027' : '3/31/2027'}`);
}

/** Reads an instant: ISO with zone, an Excel serial with its time, or a date with an optional time (taken as UTC). */
export function readDateTime(text: string, order: DateOrder = 'mdy'): CellResult<string> {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/.test(t)) {
    const ms = Date.parse(t);
    return Number.isNaN(ms) ? fail(`"${t}" is not a date and time`) : ok(new Date(ms).toISOString());
  }
  const serial = excelSerial.exec(t);
  if (serial && Number(serial[1]) >= 20_000 && Number(serial[1]) <= 80_000) return ok(fromSerial(Number(t)));
  const date = readDate(t, order);
  if (!date.ok) return fail(`"${t}" is not a date and time: use 2026-11-22 14:05, or ${order === 'dmy' ? '22/11/2026 14:05' : '11/22/2026 2:05 PM'}`);
  const time = /(\d{1,2})[:h](\d{2})(?::(\d{2}))?\s*(am|pm)?\s*$/i.exec(t.replace(/^\S+/, ''));
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

const currencySymbols: Record<string, string> = { '€': 'EUR', '£': 'GBP', '$': 'USD', '¥': 'JPY', '₹': 'INR', 'CHF': 'CHF' };

/** The currency a cell names by symbol or ISO code ("1.250,00 €" → EUR, "GBP 900"), or null. */
export function currencyInCell(text: string): string | null {
  const code = /(?:^|[^A-Za-z])([A-Z]{3})(?:$|[^A-Za-z])/.exec(text.trim());
  if (code?.[1]) return code[1];
  for (const [symbol, iso] of Object.entries(currencySymbols)) if (text.includes(symbol)) return iso;
  return null;
}

/** The number written in a cell with the given decimal mark ("1.250.000,50" with ',' → 1250000.5), or null. */
export function parseDecimal(text: string, mark: DecimalMark): number | null {
  const digits = text.replace(/[^\d.,\-−]/g, '').replace('−', '-');
  if (!/\d/.test(digits)) return null;
  const thousands = mark === ',' ? '.' : ',';
  const normal = digits.split(thousands).join('').replace(mark, '.');
  if (!/^-?\d*\.?\d+$|^-?\d+\.?$/.test(normal)) return null;
  const value = Number(normal);
  return Number.isFinite(value) ? value : null;
}

/** Reads money ("$15,000.00", "1.250.000,50 €") into minor units, with the currency the cell names. */
export function readMoney(text: string, mark: DecimalMark = '.'): CellResult<{ minor: number; currency: string | null }> {
  const value = parseDecimal(text, mark);
  if (value === null) return fail(`"${text.trim()}" is not an amount`);
  if (value < 0) return fail('Amounts cannot be negative');
  return ok({ minor: Math.round(value * 100), currency: currencyInCell(text) });
}

/** Reads a plain number ("1,234.5", or "1.234,5" in a comma-decimal column). */
export function readNumber(text: string, mark: DecimalMark = '.'): CellResult<number> {
  const value = parseDecimal(text, mark);
  return value === null ? fail(`"${text.trim()}" is not a number`) : ok(value);
}

/** Normalises a picklist value for matching: lower case, spaces and dashes as `_`. */
export function enumKey(text: string): string {
  return text.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/** Reads an enum leniently: case, spaces, dashes and listed synonyms do not matter; null when unknown. */
export function readEnum<T extends string>(text: string, values: readonly T[], synonyms: Record<string, T> = {}): T | null {
  const key = enumKey(text);
  return values.find((v) => v === key) ?? synonyms[key] ?? synonyms[key.replace(/_/g, '')] ?? null;
}

/** Reads a list separated by commas or semicolons. */
export function readList(text: string): CellResult<string[]> {
  return ok([...new Set(text.split(/[;,]/).map((s) => s.trim()).filter(Boolean))]);
}
