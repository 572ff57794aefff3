// Quick-add due dates: short phrases read relative to the user's local `today` (YYYY-MM-DD).
// Decisions: a bare weekday ("fri") is the next such day strictly after today, so "fri" typed on
// a Friday is a week later (type "today" for today); "next fri" is the Friday of next calendar
// week (Mon–Sun); "next week" is next Monday. Day-month dates ("jan 15", "1/15") without a year
// are the next occurrence on or after today, so "jan 15" typed on Jan 15 is today. Slashes are
// month/day (US order). "end of month"/"eom" is today's month's last day.
import { addDays, addMonths, dayOfWeek, daysInMonth, endOfMonth, isValidDate, startOfWeek } from './local-date';

/** The outcome of reading a due-date phrase: a YYYY-MM-DD date, or a message to show the user. */
export type DueDateParse = { ok: true; date: string } | { ok: false; message: string };

const weekdays: Record<string, number> = {
  mon: 1, monday: 1, tue: 2, tues: 2, tuesday: 2, wed: 3, weds: 3, wednesday: 3, thu: 4, thur: 4, thurs: 4,
  thursday: 4, fri: 5, friday: 5, sat: 6, saturday: 6, sun: 7, sunday: 7,
};
const monthNames = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const units: Record<string, 'day' | 'week' | 'month'> = {
  d: 'day', day: 'day', days: 'day', w: 'week', wk: 'week', wks: 'week', week: 'week', weeks: 'week',
  mo: 'month', mos: 'month', month: 'month', months: 'month',
};
const examples = 'Try "tomorrow", "fri", "in 3 days", "jan 15", "1/15" or "2027-01-15".';
const maxAheadDays = 3660;
const pad = (n: number) => String(n).padStart(2, '0');
const ok = (date: string): DueDateParse => ({ ok: true, date });
const fail = (message: string): DueDateParse => ({ ok: false, message });

function monthIndex(word: string): number | null {
  if (word.length < 3) return null;
  const i = monthNames.findIndex((m) => m.startsWith(word) || (word === 'sept' && m === 'september'));
  return i === -1 ? null : i + 1;
}

/** A month and day with an optional year; without a year, the next occurrence on or after today. */
function monthDay(month: number, day: number, year: number | null, today: string): DueDateParse {
  const name = monthNames[month - 1] ?? '';
  const label = name.charAt(0).toUpperCase() + name.slice(1);
  if (day < 1 || day > 31) return fail(`${day} isn't a day of the month.`);
  if (year !== null) {
    if (day > daysInMonth(year, month)) return fail(`${label} ${year} has only ${daysInMonth(year, month)} days.`);
    return ok(`${year}-${pad(month)}-${pad(day)}`);
  }
  if (day > daysInMonth(2000, month)) return fail(`${label} has only ${daysInMonth(2000, month)} days.`);
  // Feb 29 may be up to four years away; every other date is within a year.
  for (let y = Number(today.slice(0, 4)); y <= Number(today.slice(0, 4)) + 8; y += 1) {
    const date = `${y}-${pad(month)}-${pad(day)}`;
    if (isValidDate(date) && date >= today) return ok(date);
  }
  return fail(`Couldn't find the next ${label} ${day}.`);
}

function relative(n: number, unit: 'day' | 'week' | 'month', today: string): DueDateParse {
  const date = unit === 'month' ? addMonths(today, n) : addDays(today, unit === 'week' ? n * 7 : n);
  return date > addDays(today, maxAheadDays) ? fail('That is more than ten years ahead; type the date instead.') : ok(date);
}

/** Reads a quick-add due-date phrase relative to the local date `today`; see the file comment for the rules. */
export function parseDueDate(input: string, today: string): DueDateParse {
  const text = input.trim().toLowerCase().replace(/[.,]+$/, '').replace(/\s+/g, ' ');
  if (text === '') return fail(`Type a due date. ${examples}`);
  if (text === 'today') return ok(today);
  if (text === 'tomorrow' || text === 'tmr' || text === 'tmrw') return ok(addDays(today, 1));
  if (text === 'end of month' || text === 'eom') return ok(endOfMonth(today));
  if (text === 'next week') return ok(addDays(startOfWeek(today), 7));
  const weekday = weekdays[text];
  if (weekday !== undefined) return ok(addDays(today, ((weekday - dayOfWeek(today) + 6) % 7) + 1));
  const next = /^next (\w+)$/.exec(text);
  const nextDay = next ? weekdays[next[1] ?? ''] : undefined;
  if (nextDay !== undefined) return ok(addDays(startOfWeek(today), 7 + nextDay - 1));

  const rel = /^in (\d{1,4}|a|an|one) ?([a-z]+)$/.exec(text);
  if (rel) {
    const unit = units[rel[2] ?? ''];
    if (!unit) return fail(`"${rel[2]}" isn't a unit I know: use days, weeks or months.`);
    const n = /^\d/.test(rel[1] ?? '') ? Number(rel[1]) : 1;
    return relative(n, unit, today);
  }
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(text)) {
    const [y, m, d] = text.split('-').map(Number) as [number, number, number];
    if (m < 1 || m > 12) return fail(`${m} isn't a month: write dates as year-month-day, like 2027-01-15.`);
    return monthDay(m, d, y, today);
  }
  const slash = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/.exec(text);
  if (slash) {
    const m = Number(slash[1]);
    if (m < 1 || m > 12) return fail(`${m} isn't a month: write month/day, like 1/15.`);
    return monthDay(m, Number(slash[2]), slash[3] ? Number(slash[3]) : null, today);
  }
  const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)? ([a-z]+)(?: (\d{4}))?$/.exec(text);
  const monthFirst = /^([a-z]+) (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?$/.exec(text);
  const [dayText, monthText, yearText] = dayFirst
    ? [dayFirst[1], dayFirst[2], dayFirst[3]]
    : monthFirst ? [monthFirst[2], monthFirst[1], monthFirst[3]] : [undefined, undefined, undefined];
  if (dayText !== undefined && monthText !== undefined) {
    const month = monthIndex(monthText);
    if (month === null) return fail(`"${monthText}" isn't a month. ${examples}`);
    return monthDay(month, Number(dayText), yearText ? Number(yearText) : null, today);
  }
  return fail(`Couldn't read "${input.trim()}" as a date. ${examples}`);
}

/** A quick-add line split into its title and the due date read from its trailing phrase (null if none). */
export type QuickAdd = { title: string; dueDate: string | null };

const connectors = new Set(['by', 'on', 'due']);

/** Splits "Send the SSO roadmap fri" into its title and due date; the longest trailing phrase (≤ 4 words) that reads as a date wins. */
export function extractTrailingDate(line: string, today: string): QuickAdd {
  const words = line.trim().split(/\s+/).filter((w) => w !== '');
  for (let n = Math.min(4, words.length - 1); n >= 1; n -= 1) {
    const parsed = parseDueDate(words.slice(words.length - n).join(' '), today);
    if (!parsed.ok) continue;
    let rest = words.slice(0, words.length - n);
    while (rest.length > 1 && connectors.has((rest[rest.length - 1] ?? '').toLowerCase())) rest = rest.slice(0, -1);
    const title = rest.join(' ').replace(/[\s,;:–—-]+$/, '');
    if (title !== '') return { title, dueDate: parsed.date };
  }
  return { title: words.join(' '), dueDate: null };
}
