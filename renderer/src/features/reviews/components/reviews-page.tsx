import { useState, type ReactNode } from 'react';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { useNavigation } from '../../../lib/navigation';
import { useReviewRows } from '../api/use-reviews';
import { PlanReviewDialog } from './plan-review-dialog';
import { ReviewList } from './review-list';
import { TripDialog } from './trip-dialog';

/** Props of ReviewsPage. */
export type ReviewsPageProps = { tripAction?: ReactNode; tripSyncNotice?: ReactNode };


/** The Reviews screen: upcoming and past reviews across the portfolio, and planning a new one. */
export function ReviewsPage({ tripAction, tripSyncNotice }: ReviewsPageProps) {
  const rows = useReviewRows();
  const go = useNavigation((s) => s.go);
  const [planning, setPlanning] = useState(false);
  const [tripping, setTripping] = useState(false);
  const upcoming = (rows ?? []).filter((r) => r.status === 'planned');
  const past = (rows ?? []).filter((r) => r.status !== 'planned').reverse();
  return (
    <>
      <PageHeader title="Reviews" subtitle="Check-ins, QBRs and EBRs across your portfolio"
        actions={<>{tripAction}<button type="button" className="button" onClick={() => setTripping(true)}>Prepare a trip</button><button type="button" className="button primary" onClick={() => setPlanning(true)}>Plan a review</button></>} />
      <div className="page-body">
        {rows === undefined ? <p className="muted" role="status">Loading reviews…</p> : rows.length === 0 ? (
          <EmptyState title="No reviews yet" action={<button type="button" className="button primary" onClick={() => setPlanning(true)}>Plan a review</button>}>
            Plan a check-in, QBR or EBR: the agenda proposes itself from the account’s escalations, renewal, health and commitments, and the pack assembles itself offline.
          </EmptyState>
        ) : (
          <>
            <section className="card" aria-labelledby="upcoming-reviews">
              <h2 id="upcoming-reviews">Upcoming ({upcoming.length})</h2>
              {upcoming.length === 0 ? <p className="muted">Nothing planned.</p> : <ReviewList rows={upcoming} label="Upcoming reviews" />}
            </section>
            <section className="card" aria-labelledby="past-reviews">
              <h2 id="past-reviews">Past ({past.length})</h2>
              {past.length === 0 ? <p className="muted">No review held yet.</p> : <ReviewList rows={past} label="Past reviews" />}
            </section>
          </>
        )}
      </div>
      {tripping ? <TripDialog onClose={() => setTripping(false)} syncNotice={tripSyncNotice} /> : null}
      {planning ? <PlanReviewDialog onClose={() => setPlanning(false)} onPlanned={(id) => go({ section: 'reviews', recordId: id })} /> : null}
    </>
  );
}
