import { useLiveQuery } from 'dexie-react-hooks';
import type { Account } from '../../../../../shared/domain/account';
import { buildAccountTimeline, type TimelineItem } from '../../../../../shared/domain/account-timeline';
import type { Contact } from '../../../../../shared/domain/contact';
import { db } from '../../../db/instance';
import { readOpenConflictsByAccount } from '../../../db/open-work';

/** Everything the account page shows; null when the account does not exist. */
export type AccountView = { account: Account; contacts: Contact[]; timeline: TimelineItem[]; openConflicts: number };

/** Reads one account with its stakeholders and unified timeline. */
export function useAccount(id: string): AccountView | null | undefined {
  return useLiveQuery(() => readAccount(id), [id]);
}

/** Reads one account with its stakeholders and unified timeline; null when it does not exist. */
export async function readAccount(id: string): Promise<AccountView | null> {
  const account = await db.accounts.get(id);
  if (!account) return null;
  const [contacts, touches, tickets, surveys, escalationEvents, reviews, commitments, conflicts] = await Promise.all([
    db.contacts.where('accountId').equals(id).toArray(),
    db.touches.where('accountId').equals(id).toArray(),
    db.tickets.where('accountId').equals(id).toArray(),
    db.surveyResponses.where('accountId').equals(id).toArray(),
    db.escalationEvents.where('accountId').equals(id).toArray(),
    db.reviews.where('accountId').equals(id).toArray(),
    db.commitments.where('accountId').equals(id).toArray(),
    readOpenConflictsByAccount(),
  ]);
  return {
    account,
    contacts: contacts.filter((c) => !c.deleted).sort((a, b) => a.name.localeCompare(b.name)),
    timeline: buildAccountTimeline({ touches, tickets, surveys, escalationEvents, reviews, commitments }),
    openConflicts: conflicts.get(id) ?? 0,
  };
}
