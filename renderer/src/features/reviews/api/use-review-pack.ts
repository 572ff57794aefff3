import { useMemo } from 'react';
import type { PrintDocument } from '../../../../../shared/document/print-document';
import { preVisitBriefDocument } from '../../../../../shared/document/pre-visit-brief-document';
import { reviewPackDocument } from '../../../../../shared/document/review-pack-document';
import { buildPreVisitBrief } from '../../../../../shared/domain/review/brief';
import type { Review } from '../../../../../shared/domain/review';
import { buildReviewPack, type ReviewPack } from '../../../../../shared/domain/review/pack';
import type { ReviewBundle } from '../../../../../shared/domain/review/review-bundle';
import { localToday } from '../../../lib/format';
import { userZone } from '../../../lib/now';
import { useReview, useReviewBundle } from './use-reviews';

/** A review with its account's data, its pack and the pack as a document, and the account's pre-visit brief as a document. */
export type ReviewPackView = { review: Review; bundle: ReviewBundle; pack: ReviewPack; doc: PrintDocument; brief: PrintDocument };

/** The pack and pre-visit brief of one review, assembled from local data and kept live; undefined while loading, null when the review or its account is gone. */
export function useReviewPack(reviewId: string): ReviewPackView | null | undefined {
  const review = useReview(reviewId);
  const bundle = useReviewBundle(review ? review.accountId : null);
  return useMemo(() => {
    if (review === null) return null;
    if (review === undefined || bundle === undefined) return undefined;
    if (bundle === null) return null;
    const now = new Date().toISOString();
    const pack = buildReviewPack(bundle, review, now);
    const brief = preVisitBriefDocument(buildPreVisitBrief(bundle, now, localToday()), userZone);
    return { review, bundle, pack, doc: reviewPackDocument(pack, userZone), brief };
  }, [review, bundle]);
}
