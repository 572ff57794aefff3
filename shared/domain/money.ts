/** Formats integer minor units (cents) as a currency amount: whole units for large round sums, cents whenever there are some. */
export function formatMoney(minor: number, currency: string, locale?: string): string {
  const major = minor / 100;
  const whole = Math.abs(major) >= 1000 && minor % 100 === 0;
  return new Intl.NumberFormat(locale, {
    style: 'currency', currency, minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: whole ? 0 : 2,
  }).format(major);
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
