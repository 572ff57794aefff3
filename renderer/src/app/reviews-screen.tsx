import { ReviewsScreen } from '../features/reviews/components/reviews-screen';
import { TripSyncNotice } from '../features/sync/components/trip-sync-notice';

/** Props of ReviewsScreenWithNotice. */
export type ReviewsScreenWithNoticeProps = { recordId?: string };

/** Reviews, with the sync feature's notice for a trip's offline changes composed in. */
export function ReviewsScreenWithNotice({ recordId }: ReviewsScreenWithNoticeProps) {
  return <ReviewsScreen recordId={recordId} tripSyncNotice={<TripSyncNotice />} />;
}
