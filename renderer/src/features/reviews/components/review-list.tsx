import '../reviews.css';
import { useState } from 'react';
import { reviewKindLabels } from '../../../../../shared/domain/review';
import { showDateTime } from '../../../lib/format';
import { useNavigation } from '../../../lib/navigation';
import type { ReviewRow } from '../api/use-reviews';
import { reviewStatusLabels } from './labels';
import { PlanReviewDialog } from './plan-review-dialog';

/** Props of ReviewList. */
export type ReviewListProps = { rows: ReviewRow[]; showAccount?: boolean; label: string };

/** Reviews as a list: when, kind, title (opens the pack), account, place, status, and Edit on planned ones. */
export function ReviewList({ rows, showAccount = true, label }: ReviewListProps) {
  const go = useNavigation((s) => s.go);
  const [editing, setEditing] = useState<ReviewRow | null>(null);
  return (
    <>
    <ul className="list review-list" aria-label={label}>
      {rows.map((r) => (
        <li key={r.id}>
          <span className="muted review-when">{showDateTime(r.scheduledAt)}</span>
          <span className="badge">{reviewKindLabels[r.kind]}</span>
          <button type="button" className="link" onClick={() => go({ section: 'reviews', recordId: r.id })}>{r.title}</button>
          {showAccount ? <button type="button" className="link muted" onClick={() => go({ section: 'accounts', recordId: r.accountId })}>{r.accountName}</button> : null}
          <span className="muted">{r.placeKind === 'on_site' ? 'On site' : 'Video'}{r.place ? ` · ${r.place}` : ''}</span>
          <span className={`badge end ${r.status === 'held' ? 'ok' : ''}`}>{reviewStatusLabels[r.status]}</span>
          {r.status === 'planned' ? <button type="button" className="button" aria-label={`Edit ${r.title}`} onClick={() => setEditing(r)}>Edit</button> : null}
        </li>
      ))}
    </ul>
    {editing ? <PlanReviewDialog review={editing} onClose={() => setEditing(null)} /> : null}
    </>
  );
}
