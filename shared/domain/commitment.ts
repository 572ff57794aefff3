import { z } from 'zod';
import {
  deletedSchema, isoDateSchema, isoDateTimeSchema, optionalRefSchema, recordIdSchema, textSchema,
} from './common';
import { addDays, instantAt, localDateOf, startOfWeek, toEpochMs, type Instant } from './local-date';

/** Who owes a commitment: our side or the customer. */
export const commitmentParties = ['us', 'customer'] as const;
/** Where a commitment was made. */
export const commitmentSources = ['review', 'escalation', 'call', 'manual'] as const;
/** Commitment states. */
export const commitmentStatuses = ['open', 'kept', 'slipped', 'renegotiated', 'cancelled'] as const;
/** A commitment state. */
export type CommitmentStatus = (typeof commitmentStatuses)[number];

/** The synced fields of a commitment. */
export const commitmentFields = {
  accountId: optionalRefSchema,
  title: z.string().trim().min(1, 'Say what was promised').max(500),
  details: textSchema,
  owedBy: z.enum(commitmentParties),
  ownerId: optionalRefSchema,
  toContactId: optionalRefSchema,
  dueDate: isoDateSchema,
  dueTime: z.string().regex(/^\d{2}:\d{2}$/, 'Use a time like 09:30').nullable(),
  sourceKind: z.enum(commitmentSources),
  sourceId: optionalRefSchema,
  status: z.enum(commitmentStatuses),
  renegotiatedReason: z.string().max(1_000),
  customerConfirmed: z.boolean(),
  completedAt: isoDateTimeSchema.nullable(),
  /** When the owner asked to be reminded ("remind me tomorrow 9:00"); snoozing moves it; absent on records written before it existed. */
  remindAt: isoDateTimeSchema.nullable().optional(),
  createdAt: isoDateTimeSchema,
  deleted: deletedSchema,
};

/** A promise made to (or by) a customer, tracked to closure. */
export const commitmentSchema = z.object({ id: recordIdSchema, ...commitmentFields });
/** A promise made to (or by) a customer, tracked to closure. */
export type Commitment = z.infer<typeof commitmentSchema>;

// Status rules: the one definition of "open", "overdue", "due today" and "due this week" that every
// screen, count and alert uses. Calendar days are the user's, in `zone` (an IANA name); `now` is given
// explicitly so the rules stay pure. The four are exclusive in this order: overdue, then due today,
// then due later this week; "due this week" includes today's still-due ones (see isDueThisWeek).

/** The commitment fields the status rules read. */
export type CommitmentStatusFields = Pick<Commitment, 'status' | 'deleted' | 'dueDate' | 'dueTime'>;

/** True while a commitment still has to be delivered: status open or renegotiated (to a new date), and not deleted. */
export function isOpenCommitment(c: Pick<Commitment, 'status' | 'deleted'>): boolean {
  return !c.deleted && (c.status === 'open' || c.status === 'renegotiated');
}

/** Epoch ms a commitment is due: its due time in `zone`, or the last millisecond of its local due date. */
export function dueInstant(c: Pick<Commitment, 'dueDate' | 'dueTime'>, zone: string): number {
  return c.dueTime ? instantAt(c.dueDate, c.dueTime, zone) : instantAt(addDays(c.dueDate, 1), '00:00', zone) - 1;
}

let todayCache = { ms: Number.NaN, zone: '', date: '' };
/** The local date of `now` in `zone`, remembered for the last instant asked (lists ask thousands of times per render). */
function todayIn(nowMs: number, zone: string): string {
  if (todayCache.ms !== nowMs || todayCache.zone !== zone) todayCache = { ms: nowMs, zone, date: localDateOf(nowMs, zone) };
  return todayCache.date;
}

/**
 * True when an open commitment's due instant has passed at `now`: after its due time in the user's
 * zone, or — with no due time — after the end of its due day there.
 */
export function isOverdue(c: CommitmentStatusFields, now: Instant, zone: string): boolean {
  if (!isOpenCommitment(c)) return false;
  const nowMs = toEpochMs(now);
  const today = todayIn(nowMs, zone);
  // Only a commitment due today needs the zone arithmetic: earlier days are past, later ones are not.
  if (c.dueDate !== today) return c.dueDate < today;
  return nowMs > dueInstant(c, zone);
}

/** True when an open commitment falls due on the user's current local day and is not overdue yet. */
export function isDueToday(c: CommitmentStatusFields, now: Instant, zone: string): boolean {
  return isOpenCommitment(c) && c.dueDate === todayIn(toEpochMs(now), zone) && !isOverdue(c, now, zone);
}

/**
 * True when an open commitment is not overdue and falls due by the end of the user's current week
 * (weeks run Monday to Sunday), today included: on a Sunday only today's are left.
 */
export function isDueThisWeek(c: CommitmentStatusFields, now: Instant, zone: string): boolean {
  if (!isOpenCommitment(c) || isOverdue(c, now, zone)) return false;
  const today = todayIn(toEpochMs(now), zone);
  return c.dueDate >= today && c.dueDate <= addDays(startOfWeek(today), 6);
}
