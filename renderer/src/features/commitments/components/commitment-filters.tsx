import type { CommitmentsView } from '../api/use-commitments';
import { useCommitmentView } from '../stores/commitment-view';

/** Props of CommitmentFilters. */
export type CommitmentFiltersProps = { view: CommitmentsView; showOwner: boolean; noOwnerLabel: string };

/** Filters: owed by which colleague (Everyone, Done), made to (or owed by) which stakeholder. */
export function CommitmentFilters({ view, showOwner, noOwnerLabel }: CommitmentFiltersProps) {
  const { ownerId, contactId, set } = useCommitmentView();
  const contactIds = [...new Set(view.commitments.map((c) => c.toContactId).filter((id): id is string => id !== null))]
    .sort((a, b) => (view.contactNames.get(a) ?? '').localeCompare(view.contactNames.get(b) ?? ''));
  return (
    <div className="toolbar" role="group" aria-label="Filter commitments">
      {showOwner ? (
        <select className="input" aria-label="Owed by colleague" value={ownerId ?? ''} onChange={(e) => set({ ownerId: e.target.value || null })}>
          <option value="">{noOwnerLabel}</option>
          {[...view.memberNames].sort(([, a], [, b]) => a.localeCompare(b)).map(([id, name]) => <option key={id} value={id}>{name}</option>)}
        </select>
      ) : null}
      <select className="input" aria-label="To or from stakeholder" value={contactId ?? ''} onChange={(e) => set({ contactId: e.target.value || null })}>
        <option value="">Any stakeholder</option>
        <option value="account">The customer in general</option>
        {contactIds.map((id) => <option key={id} value={id}>{view.contactNames.get(id) ?? id}</option>)}
      </select>
    </div>
  );
}
