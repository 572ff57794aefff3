import { formatMoney, formatOptionalMoney } from '../../../shared/domain/money';

const dateFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

/** A calendar date (YYYY-MM-DD) for display in the user's locale. */
export function showDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '—';
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  return dateFormat.format(new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

/** An instant for display in the user's time zone. */
export function showDateTime(iso: string | null | undefined): string {
  return iso ? dateTimeFormat.format(new Date(iso)) : '—';
}

/** Money in minor units for display. */
export function showMoney(minor: number, currency: string): string {
  return formatMoney(minor, currency);
}

/** An amount that may be missing (an account with no ARR): "—" rather than "$0". */
export function showOptionalMoney(minor: number | null | undefined, currency: string): string {
  return formatOptionalMoney(minor, currency);
}

/** Today's calendar date in the user's time zone. */
export function localToday(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
