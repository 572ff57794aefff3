import { addMonths, localDateOf, type Instant } from '../local-date';

/** A reporting period: a calendar month or quarter, as local dates (`end` excluded). */
export type Period = { kind: 'month' | 'quarter'; start: string; end: string; label: string };

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The month or quarter holding a date (YYYY-MM-DD). */
export function periodContaining(kind: Period['kind'], date: string): Period {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const firstMonth = kind === 'month' ? month : Math.floor((month - 1) / 3) * 3 + 1;
  const start = `${year}-${String(firstMonth).padStart(2, '0')}-01`;
  const end = addMonths(start, kind === 'month' ? 1 : 3);
  const label = kind === 'month' ? `${monthNames[month - 1] ?? ''} ${year}` : `Q${(firstMonth + 2) / 3} ${year}`;
  return { kind, start, end, label };
}

/** The period before this one (the month before, the quarter before). */
export function previousPeriod(p: Period): Period {
  return periodContaining(p.kind, addMonths(p.start, p.kind === 'month' ? -1 : -3));
}

/** `count` periods ending with `p`, oldest first (for a trend). */
export function periodsEndingWith(p: Period, count: number): Period[] {
  const out: Period[] = [p];
  while (out.length < count) out.unshift(previousPeriod(out[0] ?? p));
  return out;
}

/** Whether a local date falls in the period. */
export function dateInPeriod(date: string, p: Period): boolean {
  return date >= p.start && date < p.end;
}

/** Whether an instant falls in the period, on the user's calendar. */
export function instantInPeriod(instant: Instant, p: Period, zone: string): boolean {
  return dateInPeriod(localDateOf(instant, zone), p);
}

/** A short label for charts: "Nov 26" for a month, "Q4 26" for a quarter. */
export function shortPeriodLabel(p: Period): string {
  const yy = p.start.slice(2, 4);
  return p.kind === 'month' ? `${(monthNames[Number(p.start.slice(5, 7)) - 1] ?? '').slice(0, 3)} ${yy}` : `${p.label.slice(0, 2)} ${yy}`;
}
