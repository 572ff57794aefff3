import { useLiveQuery } from 'dexie-react-hooks';
import type { Account } from '../../../../../shared/domain/account';
import { buildAccountTimeline, type TimelineItem } from '../../../../../shared/domain/account-timeline';
import type { Contact } from '../../../../../shared/domain/contact';
import { readAccountBundle } from '../../../db/queries/account-bundle';
import { readOpenConflictsByAccount } from '../../../db/queries/open-work';

/** Everything the account page shows; null when the account does not exist. */
export type AccountView = { account: Account; contacts: Contact[]; timeline: TimelineItem[]; openConflicts: number };

/** Reads one account with its stakeholders and unified timeline. */
export function useAccount(id: string): AccountView | null | undefined {
  return useLiveQuery(() => readAccount(id), [id]);
}

/** Reads one account with its stakeholders and unified timeline; null when it does not exist. */
export async function readAccount(id: string): Promise<AccountView | null> {
  const [bundle, conflicts] = await Promise.all([readAccountBundle(id), readOpenConflictsByAccount()]);
  if (!bundle) return null;
  const { account, contacts, touches, tickets, surveyResponses: surveys, escalationEvents, reviews, commitments } = bundle;
  return {
    account,
    contacts,
    timeline: buildAccountTimeline({ touches, tickets, surveys, escalationEvents, reviews, commitments }),
    openConflicts: conflicts.get(id) ?? 0,
  };
}
