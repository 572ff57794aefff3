// Quick-add lines with a due time as well as a date: "Send the SSO roadmap fri 3pm", "… eod",
// "… tomorrow 9:00". Decisions: "eod" (end of day) is 17:00; a time without a date is today; a
// trailing phrase that is plainly a date but impossible ("2/30", "feb 30") is refused with the
// reason instead of being read as part of the title (and the promise silently due today).
import { extractTrailingDate, parseDueDate } from './natural-date';

/** A quick-add line read: its title, due date and time (null when not given), or why the date cannot be. */
export type DueLine = { title: string; dueDate: string | null; dueTime: string | null; problem: string | null };

/** Local time "end of day" stands for. */
export const endOfDayTime = '17:00';

const pad = (n: number) => String(n).padStart(2, '0');

/** Reads a time of day — "3pm", "3:30 pm", "15:00", "9:00", "noon", "eod" — as HH:MM, or null. */
export function parseDueTime(input: string): string | null {
  const text = input.trim().toLowerCase().replace(/\s+/g, '');
  if (text === 'eod' || text === 'endofday') return endOfDayTime;
  if (text === 'noon' || text === 'midday') return '12:00';
  const m = /^(\d{1,2})(?:[:.h](\d{2}))?(am|pm|a|p)?$/.exec(text);
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  const half = m[3]?.charAt(0);
  // A bare number ("fri 3") is not a time; it needs am/pm or minutes.
  if (half === undefined && m[2] === undefined) return null;
  if (minute > 59) return null;
  if (half !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half === 'p' ? 12 : 0);
  } else if (hour > 23) return null;
  return `${pad(hour)}:${pad(minute)}`;
}

const looksLikeDate = /^(\d{1,2}\/\d{1,2}(\/\d{4})?|\d{4}-\d{1,2}-\d{1,2})$/;
const monthWord = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$/;

/** Why the end of `words` is an impossible date ("2/30", "feb 30"), or null when it is no date at all. */
function impossibleDate(words: string[], today: string): string | null {
  const last = (words[words.length - 1] ?? '').toLowerCase();
  const before = (words[words.length - 2] ?? '').toLowerCase();
  const candidates = looksLikeDate.test(last) ? [last] : /^\d{1,2}$/.test(last) && monthWord.test(before) ? [`${before} ${last}`] : [];
  for (const phrase of candidates) {
    const parsed = parseDueDate(phrase, today);
    if (!parsed.ok) return parsed.message;
  }
  return null;
}

/** Splits a quick-add line into title, due date and due time; see the file comment for the rules. */
export function readDueLine(line: string, today: string): DueLine {
  const words = line.trim().split(/\s+/).filter((w) => w !== '');
  let dueTime: string | null = null;
  let rest = words;
  // "… fri 3pm", "… 3 pm", "… at 9:00", "… eod".
  for (const n of [2, 1]) {
    if (rest.length <= n) continue;
    const time = parseDueTime(rest.slice(rest.length - n).join(' '));
    if (time !== null) {
      dueTime = time;
      rest = rest.slice(0, rest.length - n);
      if (rest.length > 1 && (rest[rest.length - 1] ?? '').toLowerCase() === 'at') rest = rest.slice(0, -1);
      break;
    }
  }
  const problem = impossibleDate(rest, today);
  if (problem !== null) return { title: rest.join(' '), dueDate: null, dueTime, problem };
  const dated = extractTrailingDate(rest.join(' '), today);
  if (dated.dueDate === null && dueTime !== null) {
    const title = dated.title.replace(/\s+(by|on|due)$/i, '');
    return { title, dueDate: today, dueTime, problem: null };
  }
  return { title: dated.title, dueDate: dated.dueDate, dueTime, problem: null };
}
