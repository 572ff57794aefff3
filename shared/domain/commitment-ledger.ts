// The individual contributor's ledger: how finished commitments ended, the "Done" record for a
// period, and a personal Today. `toContactId` is the stakeholder on the customer's side: the one
// a commitment was made to when we owe it, the one who owes it when the customer does.
import type { Commitment } from './commitment';
import { dueInstant, isOpenCommitment, type CommitmentLike } from './commitment-rules';
import { addDays, localDateOf, startOfWeek, toEpochMs, type Instant } from './local-date';

/** How a finished commitment ended. */
export type DoneOutcome = 'keptOnTime' | 'keptLate' | 'slipped' | 'cancelled';

/** The ledger fields these rules read. */
export type LedgerItem = CommitmentLike & Pick<Commitment, 'remindAt'>;

/** How a commitment ended, or null while it is open. Kept without a completion time counts as on time. */
export function doneOutcome(c: Pick<Commitment, 'status' | 'completedAt' | 'dueDate' | 'dueTime'>, zone: string): DoneOutcome | null {
  if (c.status === 'slipped') return 'slipped';
  if (c.status === 'cancelled') return 'cancelled';
  if (c.status !== 'kept') return null;
  return c.completedAt === null || toEpochMs(c.completedAt) <= dueInstant(c, zone) ? 'keptOnTime' : 'keptLate';
}

/** A period for the Done view, ending now. */
export type DonePeriod = 'week' | 'month' | 'quarter' | 'all';

/** Finished commitments (kept, slipped, cancelled) whose local finish day falls in the period, newest first; the due date stands in when no finish time was recorded. */
export function doneInPeriod<T extends LedgerItem>(list: readonly T[], period: DonePeriod, now: Instant, zone: string): T[] {
  const today = localDateOf(now, zone);
  const from = period === 'week' ? addDays(today, -6) : period === 'month' ? addDays(today, -29) : period === 'quarter' ? addDays(today, -89) : '0000-01-01';
  const finishedOn = (c: T) => (c.completedAt ? localDateOf(c.completedAt, zone) : c.dueDate);
  return list
    .filter((c) => !c.deleted && doneOutcome(c, zone) !== null && finishedOn(c) >= from)
    .sort((a, b) => finishedOn(b).localeCompare(finishedOn(a)) || b.id.localeCompare(a.id));
}

/** A personal Today: what I owe today (overdue included) and the rest of this week, what others owe me, and my reminders due by now. */
export type PersonalToday<T> = { oweToday: T[]; oweThisWeek: T[]; owedToMe: T[]; reminders: T[] };

/**
 * Sorts my open commitments (owner `me`) into a personal Today. Owed to me: open commitments the
 * customer owes that I own. Reminders: open commitments I own with `remindAt` at or before now.
 */
export function personalToday<T extends LedgerItem>(list: readonly T[], me: string, now: Instant, zone: string): PersonalToday<T> {
  const out: PersonalToday<T> = { oweToday: [], oweThisWeek: [], owedToMe: [], reminders: [] };
  const today = localDateOf(now, zone);
  const weekEnd = addDays(startOfWeek(today), 6);
  const nowMs = toEpochMs(now);
  for (const c of list) {
    if (!isOpenCommitment(c) || c.ownerId !== me) continue;
    if (c.remindAt && toEpochMs(c.remindAt) <= nowMs) out.reminders.push(c);
    if (c.owedBy === 'customer') out.owedToMe.push(c);
    else if (c.dueDate <= today) out.oweToday.push(c);
    else if (c.dueDate <= weekEnd) out.oweThisWeek.push(c);
  }
  const byDue = (a: T, b: T) => dueInstant(a, zone) - dueInstant(b, zone) || a.id.localeCompare(b.id);
  for (const bucket of Object.values(out)) bucket.sort(byDue);
  return out;
}

/** Reminders set by hand that fall in (lastCheckedAt, now], for the desktop notification timer. */
export function setRemindersDue<T extends LedgerItem>(list: readonly T[], lastCheckedAt: Instant, now: Instant): T[] {
  const from = toEpochMs(lastCheckedAt);
  const to = toEpochMs(now);
  return list.filter((c) => isOpenCommitment(c) && c.remindAt != null && toEpochMs(c.remindAt) > from && toEpochMs(c.remindAt) <= to);
}
