import { create } from 'zustand';
import type { DonePeriod } from '../../../../../shared/domain/commitment-ledger';

/** Which commitments the page shows. */
export type CommitmentScope = 'mine' | 'team' | 'done';

type CommitmentViewState = {
  scope: CommitmentScope;
  /** Everyone / Done: only this colleague's (null: everyone's). */
  ownerId: string | null;
  /** Only those made to (or owed by) this stakeholder; 'account' for the customer in general. */
  contactId: string | null;
  period: DonePeriod;
  set: (patch: Partial<Omit<CommitmentViewState, 'set'>>) => void;
};

/** The commitments page's scope and filters (UI state). */
export const useCommitmentView = create<CommitmentViewState>((set) => ({
  scope: 'mine', ownerId: null, contactId: null, period: 'month',
  set: (patch) => set(patch),
}));
