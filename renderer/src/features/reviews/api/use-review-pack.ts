import { useMemo } from 'react';
import type { PrintDocument } from '../../../../../shared/document/print-document';
import { reviewPackDocument } from '../../../../../shared/document/review-pack-document';
import type { Review } from '../../../../../shared/domain/review';
import { buildReviewPack, type ReviewPack } from '../../../../../shared/domain/review/pack';
import type { ReviewBundle } from '../../../../../shared/domain/review/review-bundle';
import { userZone } from '../../../lib/now';
import { useReview, useReviewBundle } from './use-reviews';

/** A review with its account's data, its pack and the pack as a document. */
export type ReviewPackView = { review: Review; bundle: ReviewBundle; pack: ReviewPack; doc: PrintDocument };

/** The pack of one review, assembled from local data and kept live; undefined while loading, null when the review or its account is gone. */
export function useReviewPack(reviewId: string): ReviewPackView | null | undefined {
  const review = useReview(reviewId);
  const bundle = useReviewBundle(review ? review.accountId : null);
  return useMemo(() => {
    if (review === null) return null;
    if (review === undefined || bundle === undefined) return undefined;
    if (bundle === null) return null;
    const pack = buildReviewPack(bundle, review, new Date().toISOString());
    return { review, bundle, pack, doc: reviewPackDocument(pack, userZone) };
  }, [review, bundle]);
}
