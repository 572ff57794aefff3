import type { ReactNode } from 'react';
import { MeetingMode } from './meeting-mode';
import { ReviewPackPage } from './review-pack-page';
import { ReviewsPage } from './reviews-page';
import { parseReviewRecordId } from './review-route';

/** Props of ReviewsScreen. */
export type ReviewsScreenProps = { recordId?: string; tripAction?: ReactNode; tripSyncNotice?: ReactNode };

/** The Reviews section: the list, one review's pack, or its meeting mode. */
export function ReviewsScreen({ recordId, tripAction, tripSyncNotice }: ReviewsScreenProps) {
  if (!recordId) return <ReviewsPage tripAction={tripAction} tripSyncNotice={tripSyncNotice} />;
  const { reviewId, meeting } = parseReviewRecordId(recordId);
  return meeting ? <MeetingMode reviewId={reviewId} /> : <ReviewPackPage reviewId={reviewId} />;
}
