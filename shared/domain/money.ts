const moneyFormats = new Map<string, Intl.NumberFormat>();

/** Formats integer minor units (cents) as a currency amount; cents are shown only when there are some ("$15,000", "$19.99"). */
export function formatMoney(minor: number, currency: string, locale?: string): string {
  const digits = minor % 100 === 0 ? 0 : 2;
  // Building a NumberFormat costs far more than formatting: a list formats thousands of amounts in a few currencies.
  const key = `${locale ?? ''}|${currency}|${digits}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
    moneyFormats.set(key, format);
  }
  return format.format(minor / 100);
}

/** An amount the user entered, or "—" when there is none (an account with no ARR shows a dash, not "$0"). */
export function formatOptionalMoney(minor: number | null | undefined, currency: string, locale?: string): string {
  return minor ? formatMoney(minor, currency, locale) : '—';
}

/** A sum of money per currency: minor units by ISO code. Amounts in different currencies are never added together. */
export type MoneyTotals = ReadonlyMap<string, number>;

/** Sums amounts per currency (minor units), in order of first appearance. */
export function sumByCurrency<T>(items: Iterable<T>, amountOf: (item: T) => { minor: number; currency: string }): MoneyTotals {
  const totals = new Map<string, number>();
  for (const item of items) {
    const { minor, currency } = amountOf(item);
    totals.set(currency, (totals.get(currency) ?? 0) + minor);
  }
  return totals;
}

/**
 * Totals for display, one per currency, largest first, joined by " · " ("$1.2M · €300K"); compact
 * (K, M, B) from 10,000 up; "—" when there is nothing. Never converts or mixes currencies.
 */
export function formatMoneyTotals(totals: MoneyTotals, locale?: string): string {
  const parts = [...totals].filter(([, minor]) => minor !== 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (parts.length === 0) return '—';
  return parts.map(([currency, minor]) => (Math.abs(minor) >= 1_000_000
    ? new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 }).format(minor / 100)
    : formatMoney(minor, currency, locale))).join(' · ');
}

/** Parses a money string from a CRM export ("$15,000.00", "15000", "15.000,50 €") into minor units, or null. */
export function parseMoney(text: string): number | null {
  const cleaned = text.replace(/[^\d.,-]/g, '');
  if (!/\d/.test(cleaned)) return null;
  const lastComma = cleaned.lastIndexOf(',');
  const lastDot = cleaned.lastIndexOf('.');
  const decimalSep = lastComma > lastDot && cleaned.length - lastComma <= 3 ? ',' : '.';
  const normalized = decimalSep === ',' ? cleaned.replace(/\./g, '').replace(',', '.') : cleaned.replace(/,/g, '');
  const value = Number(normalized);
  return Number.isFinite(value) ? Math.round(value * 100) : null;
}
