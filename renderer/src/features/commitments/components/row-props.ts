import type { Commitment } from '../../../../../shared/domain/commitment';
import { isOverdue } from '../../../../../shared/domain/commitment-rules';
import { userZone } from '../../../lib/now';
import type { CommitmentsView } from '../api/use-commitments';
import type { CommitmentRowProps } from './commitment-row';

/** The names and marks a commitment row shows, looked up in the view. */
export function rowProps(view: CommitmentsView, c: Commitment, now: number, today: string): CommitmentRowProps {
  return {
    commitment: c,
    accountName: c.accountId ? view.accountNames.get(c.accountId) ?? '—' : '—',
    ownerName: c.ownerId ? view.memberNames.get(c.ownerId) ?? '—' : 'Unassigned',
    contactName: c.toContactId ? view.contactNames.get(c.toContactId) ?? null : null,
    isPrivate: view.privateIds.has(c.id),
    today,
    overdue: isOverdue(c, now, userZone),
  };
}
