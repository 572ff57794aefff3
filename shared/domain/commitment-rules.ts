// Rules for commitments: when they fall due, "My commitments" buckets, the kept-on-time rate and
// reminders. Instants are epoch ms; calendar days are the user's, in `zone` (an IANA name).
//
// Status 'renegotiated' keeps a commitment open: renegotiating rewrites `dueDate` (and `dueTime`)
// to the new promise and records `renegotiatedReason`; from then on it is judged against the new
// date exactly like an open one, until it becomes kept, slipped or cancelled.
import { dueInstant, isDueThisWeek, isDueToday, isOpenCommitment, isOverdue, type Commitment } from './commitment';
import { instantAt, toEpochMs, type Instant } from './local-date';

// The status predicates live beside the commitment's enums (commitment.ts); re-exported for the rules' callers.
export { dueInstant, isDueThisWeek, isDueToday, isOpenCommitment, isOverdue };

/** The commitment fields these rules read. */
export type CommitmentLike = Pick<
  Commitment, 'id' | 'accountId' | 'owedBy' | 'ownerId' | 'dueDate' | 'dueTime' | 'status' | 'completedAt' | 'createdAt' | 'deleted'
>;

/** Local time of the "due today" morning reminder. */
export const morningReminderTime = '09:00';

/** "My commitments": open ones sorted soonest-due first. */
export type CommitmentBuckets<T> = { overdue: T[]; today: T[]; thisWeek: T[]; later: T[]; waitingOnCustomer: T[] };

/** Options for {@link bucketCommitments}. */
export type BucketOptions = {
  /** Accounts I own: customer-owed commitments with no owner count as mine when their account is here. */
  myAccountIds?: ReadonlySet<string>;
};

function byDue<T extends CommitmentLike>(zone: string) {
  return (a: T, b: T) => dueInstant(a, zone) - dueInstant(b, zone) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

/**
 * Buckets my open commitments: ours owed by me into overdue / today / this week (after today, to
 * Sunday) / later; customer-owed ones (owner me, or unowned on one of `myAccountIds` — all unowned
 * ones when that is not given) into waitingOnCustomer, overdue or not. Each bucket sorted by due.
 */
export function bucketCommitments<T extends CommitmentLike>(
  list: readonly T[], now: Instant, zone: string, myMemberId: string, options: BucketOptions = {},
): CommitmentBuckets<T> {
  const out: CommitmentBuckets<T> = { overdue: [], today: [], thisWeek: [], later: [], waitingOnCustomer: [] };
  for (const c of list) {
    if (!isOpenCommitment(c)) continue;
    if (c.owedBy === 'customer') {
      const unownedMine = c.ownerId === null && (!options.myAccountIds || (c.accountId !== null && options.myAccountIds.has(c.accountId)));
      if (c.ownerId === myMemberId || unownedMine) out.waitingOnCustomer.push(c);
      continue;
    }
    if (c.ownerId !== myMemberId) continue;
    if (isOverdue(c, now, zone)) out.overdue.push(c);
    else if (isDueToday(c, now, zone)) out.today.push(c);
    else if (isDueThisWeek(c, now, zone)) out.thisWeek.push(c);
    else out.later.push(c);
  }
  const sort = byDue<T>(zone);
  for (const bucket of Object.values(out)) bucket.sort(sort);
  return out;
}

/** A kept-on-time rate: `kept` of `due` commitments kept on time; `rate` is null when nothing has come due. */
export type KeptRate = { kept: number; due: number; rate: number | null };

/**
 * Kept-on-time rate. Counted (the denominator): every non-deleted, non-cancelled commitment that is
 * kept or slipped, or is open/renegotiated with its due instant before `now`. Kept on time (the
 * numerator): status kept with completedAt at or before the due instant of its current due date
 * (a renegotiated commitment is judged by its new date), or kept with no completedAt recorded.
 * Kept late, slipped, and open-and-overdue all count as missed; open and not yet due is left out.
 */
export function keptRate(list: readonly CommitmentLike[], now: Instant, zone: string): KeptRate {
  const nowMs = toEpochMs(now);
  let kept = 0;
  let due = 0;
  for (const c of list) {
    if (c.deleted || c.status === 'cancelled') continue;
    const dueMs = dueInstant(c, zone);
    if (c.status === 'kept') {
      due += 1;
      if (c.completedAt === null || toEpochMs(c.completedAt) <= dueMs) kept += 1;
    } else if (c.status === 'slipped' || nowMs > dueMs) {
      due += 1;
    }
  }
  return { kept, due, rate: due === 0 ? null : kept / due };
}

function keptRateBy(list: readonly CommitmentLike[], now: Instant, zone: string, key: (c: CommitmentLike) => string | null): Map<string, KeptRate> {
  const groups = new Map<string, CommitmentLike[]>();
  for (const c of list) {
    const k = key(c);
    if (c.owedBy !== 'us' || k === null) continue;
    groups.set(k, [...(groups.get(k) ?? []), c]);
  }
  return new Map([...groups].map(([k, cs]) => [k, keptRate(cs, now, zone)]));
}

/** Our kept-on-time rate per account (commitments owed by us only; ones without an account are skipped). */
export function keptRateByAccount(list: readonly CommitmentLike[], now: Instant, zone: string): Map<string, KeptRate> {
  return keptRateBy(list, now, zone, (c) => c.accountId);
}

/** Kept-on-time rate per team member (commitments owed by us, by their ownerId; unowned ones are skipped). */
export function keptRateByOwner(list: readonly CommitmentLike[], now: Instant, zone: string): Map<string, KeptRate> {
  return keptRateBy(list, now, zone, (c) => c.ownerId);
}

/** A notification to show: 'morning' at 09:00 local on the due date, 'due' at the due time. */
export type CommitmentReminder = { commitmentId: string; kind: 'morning' | 'due'; at: number };

/** Options for {@link remindersDue}. */
export type ReminderOptions = {
  /** Reminders older than this when found (laptop asleep, app closed) are dropped; default 12 hours. */
  maxLateMs?: number;
};

/**
 * Reminders falling in (lastCheckedAt, now] for open commitments, oldest first. Each open
 * commitment gets a 'morning' reminder at 09:00 local on its due date, and, when it has a due time,
 * a 'due' reminder at that time; the morning one is skipped when the due time is 09:00 or earlier.
 * Reminders more than `maxLateMs` before `now` are dropped: the overdue list covers those.
 */
export function remindersDue(
  list: readonly CommitmentLike[], lastCheckedAt: Instant, now: Instant, zone: string, options: ReminderOptions = {},
): CommitmentReminder[] {
  const nowMs = toEpochMs(now);
  const from = Math.max(toEpochMs(lastCheckedAt), nowMs - (options.maxLateMs ?? 12 * 3_600_000));
  const out: CommitmentReminder[] = [];
  const add = (c: CommitmentLike, kind: CommitmentReminder['kind'], at: number) => {
    if (at > from && at <= nowMs) out.push({ commitmentId: c.id, kind, at });
  };
  for (const c of list) {
    if (!isOpenCommitment(c)) continue;
    const morning = instantAt(c.dueDate, morningReminderTime, zone);
    if (c.dueTime === null) {
      add(c, 'morning', morning);
      continue;
    }
    const dueAt = dueInstant(c, zone);
    if (dueAt > morning) add(c, 'morning', morning);
    add(c, 'due', dueAt);
  }
  return out.sort((a, b) => a.at - b.at || a.commitmentId.localeCompare(b.commitmentId));
}
