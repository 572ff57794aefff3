import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { healthHistory } from '../../../../../shared/domain/health/history';
import { scoreAccount } from '../../../../../shared/domain/health/score';
import type { Review } from '../../../../../shared/domain/review';
import type { ReviewBundle } from '../../../../../shared/domain/review/review-bundle';
import { readAccountMoney, readReview, readReviewBundle, readReviewCommitments, readReviewRows, type ReviewRow } from '../../../db/queries/review-reads';
import type { Commitment } from '../../../../../shared/domain/commitment';
import { localToday } from '../../../lib/format';
import { useHealthSettings } from '../../../lib/health-settings';

export type { ReviewRow } from '../../../db/queries/review-reads';

/** Live reviews across the portfolio (or of one account), soonest first; undefined while loading. */
export function useReviewRows(accountId?: string): ReviewRow[] | undefined {
  return useLiveQuery(() => readReviewRows(accountId), [accountId]);
}

/** One review, live; null when it does not exist. */
export function useReview(id: string): Review | null | undefined {
  return useLiveQuery(() => readReview(id), [id]);
}

/** One account's records for agenda proposals and the pack, with its health scored on this device's settings. */
export function useReviewBundle(accountId: string | null): ReviewBundle | null | undefined {
  const read = useLiveQuery(() => (accountId ? readReviewBundle(accountId) : Promise.resolve(null)), [accountId]);
  const settings = useHealthSettings((s) => s.settings);
  return useMemo(() => {
    if (!read) return read;
    const today = localToday();
    const health = read.healthInput ? { score: scoreAccount(read.healthInput, { today }, settings), history: healthHistory(read.healthInput, today, settings) } : null;
    return { ...read.bundle, health };
  }, [read, settings]);
}

/** The commitments made in one review, live; empty while loading. */
export function useReviewCommitments(reviewId: string, accountId: string | null): Commitment[] {
  return useLiveQuery(() => (accountId ? readReviewCommitments(reviewId, accountId) : Promise.resolve([])), [reviewId, accountId]) ?? [];
}

/** An account's name and currency, live; undefined while loading, null when it is gone. */
export function useAccountMoney(accountId: string): { name: string; currency: string } | null | undefined {
  return useLiveQuery(() => readAccountMoney(accountId), [accountId]);
}
