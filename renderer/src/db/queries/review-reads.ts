import type { EntityRecord } from '../../../../shared/domain/entities';
import type { HealthInput } from '../../../../shared/domain/health/types';
import { completeReview, type Review } from '../../../../shared/domain/review';
import type { ReviewBundle } from '../../../../shared/domain/review/review-bundle';
import { db } from '../instance';
import { readAccountBundle } from './account-bundle';
import { readHealthInputs } from './health-inputs';

/** A review in a list, with its account's name. */
export type ReviewRow = Review & { accountName: string };

/** Every live review (planning fields completed for records written before them), with account names, soonest first. */
export async function readReviewRows(accountId?: string): Promise<ReviewRow[]> {
  const rows = accountId ? await db.reviews.where('accountId').equals(accountId).toArray() : await db.reviews.toArray();
  const live = rows.filter((r) => !r.deleted).map(completeReview);
  const accounts = await db.accounts.bulkGet([...new Set(live.map((r) => r.accountId))]);
  const names = new Map(accounts.filter((a) => a !== undefined).map((a) => [a.id, a.name]));
  return live.map((r) => ({ ...r, accountName: names.get(r.accountId) ?? 'Unknown account' })).sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));
}

/** One review (completed), or null when it does not exist or was deleted. */
export async function readReview(id: string): Promise<Review | null> {
  const row = await db.reviews.get(id);
  return row && !row.deleted ? completeReview(row) : null;
}

/** What the review rules read about one account (health left to the caller, with the device's settings), and the health read model. */
export async function readReviewBundle(accountId: string): Promise<{ bundle: ReviewBundle; healthInput: HealthInput | null } | null> {
  const [base, expansions, members, healthInputs] = await Promise.all([
    readAccountBundle(accountId, { usage: true }),
    db.expansionOpportunities.where('accountId').equals(accountId).toArray(),
    db.teamMembers.toArray(),
    readHealthInputs(db, [accountId]),
  ]);
  if (!base) return null;
  const bundle: ReviewBundle = {
    ...base, reviews: base.reviews.map(completeReview), expansions: expansions.filter((x) => !x.deleted),
    memberNames: Object.fromEntries(members.filter((m) => !m.deleted).map((m) => [m.id, m.name])), health: null,
  };
  return { bundle, healthInput: healthInputs[0] ?? null };
}

/** The live commitments made in one review (recorded with it as their source). */
export async function readReviewCommitments(reviewId: string, accountId: string): Promise<EntityRecord<'commitments'>[]> {
  const rows = await db.commitments.where('accountId').equals(accountId).toArray();
  return rows.filter((c) => !c.deleted && c.sourceKind === 'review' && c.sourceId === reviewId).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** An account's name and currency (for a lead flagged in a meeting), or null when it is gone. */
export async function readAccountMoney(accountId: string): Promise<{ name: string; currency: string } | null> {
  const a = await db.accounts.get(accountId);
  return a && !a.deleted ? { name: a.name, currency: a.currency } : null;
}
