// Calendar dates (YYYY-MM-DD) and wall-clock times in IANA zones, with no DOM or Node APIs.
// Instants are UTC; dates are the user's local calendar days. Zone math uses Intl only.

const dayMs = 86_400_000;
const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const timePattern = /^(\d{2}):(\d{2})$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** An instant as an ISO-8601 string, epoch milliseconds or a Date. */
export type Instant = string | number | Date;

/** Epoch milliseconds of an instant; throws on an unparseable string. */
export function toEpochMs(instant: Instant): number {
  const ms = typeof instant === 'number' ? instant : typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`Not an instant: ${String(instant)}`);
  return ms;
}

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The wall clock of `ms` in `zone` read by Intl (slow: ~0.1 ms a call). */
function intlWallClockAsUtc(ms: number, zone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(ms)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  return Date.UTC(year, month - 1, day, hour % 24, minute, second);
}

const quarterMs = 900_000;
/** Per zone, the offset of each 15-minute slice of time whose start and end have the same offset. */
const sliceOffsets = new Map<string, Map<number, number | null>>();

/**
 * The wall clock of `ms` in `zone`, read back as if it were UTC (epoch ms, whole seconds). The zone's
 * offset is read once per 15-minute slice (the same due times and dates recur thousands of times);
 * a slice with a change of offset inside it is read exactly, instant by instant.
 */
function wallClockAsUtc(ms: number, zone: string): number {
  let slices = sliceOffsets.get(zone);
  if (!slices) {
    slices = new Map();
    sliceOffsets.set(zone, slices);
  }
  const slice = Math.floor(ms / quarterMs);
  let offset = slices.get(slice);
  if (offset === undefined) {
    const start = slice * quarterMs;
    const end = start + quarterMs - 1000;
    const atStart = intlWallClockAsUtc(start, zone) - start;
    offset = intlWallClockAsUtc(end, zone) - end === atStart ? atStart : null;
    if (slices.size > 100_000) slices.clear();
    slices.set(slice, offset);
  }
  return offset === null ? intlWallClockAsUtc(ms, zone) : Math.floor(ms / 1000) * 1000 + offset;
}

/** The zone's offset from UTC at an instant, in milliseconds (e.g. +19_800_000 for Asia/Kolkata). */
export function zoneOffsetMs(instant: Instant, zone: string): number {
  const ms = toEpochMs(instant);
  return wallClockAsUtc(ms, zone) - Math.floor(ms / 1000) * 1000;
}

function formatUtcDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function parseDateMs(date: string): number {
  const m = isoDatePattern.exec(date);
  if (!m) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** True when `date` is a real calendar date written YYYY-MM-DD (so 2027-02-29 is false). */
export function isValidDate(date: string): boolean {
  return isoDatePattern.test(date) && formatUtcDate(parseDateMs(date)) === date;
}

/** The local calendar date (YYYY-MM-DD) of an instant in an IANA zone. */
export function localDateOf(instant: Instant, zone: string): string {
  return formatUtcDate(wallClockAsUtc(toEpochMs(instant), zone));
}

/** The local wall-clock time (HH:MM) of an instant in an IANA zone. */
export function localTimeOf(instant: Instant, zone: string): string {
  return new Date(wallClockAsUtc(toEpochMs(instant), zone)).toISOString().slice(11, 16);
}

/** The calendar date `days` days after `date` (negative goes back). */
export function addDays(date: string, days: number): string {
  return formatUtcDate(parseDateMs(date) + days * dayMs);
}

/** The calendar date `months` months after `date`, clamped to the month's last day (Jan 31 + 1 → Feb 28/29). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  return formatUtcDate(Date.UTC(year, month, Math.min(d, daysInMonth(year, month + 1))));
}

/** Days in a month (month 1–12), leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The last calendar day of the month containing `date`. */
export function endOfMonth(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return `${date.slice(0, 8)}${String(daysInMonth(y, m)).padStart(2, '0')}`;
}

/** ISO day of week of a calendar date: 1 = Monday … 7 = Sunday. */
export function dayOfWeek(date: string): number {
  const d = new Date(parseDateMs(date)).getUTCDay();
  return d === 0 ? 7 : d;
}

/** The Monday on or before `date` (weeks start on Monday). */
export function startOfWeek(date: string): string {
  return addDays(date, 1 - dayOfWeek(date));
}

/**
 * Epoch ms at which local `date` + `time` (HH:MM) occurs in `zone`. DST: a time skipped by a
 * spring-forward gap moves forward by the gap (02:30 → 03:30); a time repeated in the autumn
 * takes its first (earlier) occurrence — the same as Temporal's 'compatible' disambiguation.
 */
export function instantAt(date: string, time: string, zone: string): number {
  // Remembered: each answer costs four Intl formats, and lists ask for the same due dates thousands of times.
  const key = `${zone}\n${date}\n${time}`;
  const known = instants.get(key);
  if (known !== undefined) return known;
  const ms = computeInstantAt(date, time, zone);
  if (instants.size >= 20_000) instants.clear();
  instants.set(key, ms);
  return ms;
}
const instants = new Map<string, number>();

function computeInstantAt(date: string, time: string, zone: string): number {
  const t = timePattern.exec(time);
  if (!t || Number(t[1]) > 23 || Number(t[2]) > 59) throw new RangeError(`Not an HH:MM time: ${time}`);
  const wall = parseDateMs(date) + (Number(t[1]) * 60 + Number(t[2])) * 60_000;
  // Real zones change offset at most once in any two-day span, so the offsets a day either side
  // are the only candidates.
  const before = wall - zoneOffsetMs(wall - dayMs, zone);
  const after = wall - zoneOffsetMs(wall + dayMs, zone);
  const fits = (ms: number) => wallClockAsUtc(ms, zone) === wall;
  if (fits(before) && fits(after)) return Math.min(before, after);
  if (fits(after)) return after;
  if (fits(before)) return before;
  return before; // in a gap: the pre-transition offset lands just after the gap
}

/** Epoch ms of the first instant of local `date` in `zone` (midnight, or the gap's end if midnight is skipped). */
export function startOfLocalDay(date: string, zone: string): number {
  return instantAt(date, '00:00', zone);
}
