import { useState } from 'react';
import { useNavigation } from '../../../lib/navigation';
import { useReviewRows } from '../api/use-reviews';
import { PlanReviewDialog } from './plan-review-dialog';
import { ReviewList } from './review-list';

/** Props of AccountReviews. */
export type AccountReviewsProps = { accountId: string };

/** The account page's reviews panel: its reviews, newest plans first, and planning one. */
export function AccountReviews({ accountId }: AccountReviewsProps) {
  const rows = useReviewRows(accountId);
  const go = useNavigation((s) => s.go);
  const [planning, setPlanning] = useState(false);
  const shown = [...(rows ?? [])].reverse().slice(0, 6);
  return (
    <section className="card" aria-labelledby="account-reviews-title">
      <div className="toolbar"><h2 id="account-reviews-title">Reviews</h2><span style={{ marginLeft: 'auto' }} />
        <button type="button" className="button" onClick={() => setPlanning(true)}>Plan a review</button>
      </div>
      {shown.length === 0 ? <p className="muted">No reviews with this account yet.</p> : <ReviewList rows={shown} showAccount={false} label="Reviews of this account" />}
      {planning ? <PlanReviewDialog accountId={accountId} onClose={() => setPlanning(false)} onPlanned={(id) => go({ section: 'reviews', recordId: id })} /> : null}
    </section>
  );
}
