import { addDays } from '../../../../../shared/domain/local-date';
import { localToday } from '../../../lib/format';
import { useReviewRows } from '../api/use-reviews';
import { ReviewList } from './review-list';

/** Props of UpcomingReviews. */
export type UpcomingReviewsProps = { days?: number };

/** Today's panel: reviews planned in the next days (14 by default); nothing shown when there are none. */
export function UpcomingReviews({ days = 14 }: UpcomingReviewsProps) {
  const rows = useReviewRows();
  const until = addDays(localToday(), days + 1);
  const soon = (rows ?? []).filter((r) => r.status === 'planned' && r.scheduledAt < until);
  if (soon.length === 0) return null;
  return (
    <section className="card" aria-labelledby="upcoming-reviews-today">
      <h2 id="upcoming-reviews-today">Reviews in the next {days} days</h2>
      <ReviewList rows={soon} label="Upcoming reviews" />
    </section>
  );
}
