import { useLiveQuery } from 'dexie-react-hooks';
import type { Commitment } from '../../../../../shared/domain/commitment';
import { db } from '../../../db/instance';

/** Every live commitment with the names the lists show; undefined while loading. */
export type CommitmentsView = {
  commitments: Commitment[];
  accountNames: Map<string, string>;
  memberNames: Map<string, string>;
  contactNames: Map<string, string>;
  myAccountIds: Set<string>;
  /** Commitments in the private space: only their creator sees them, even on the team server. */
  privateIds: Set<string>;
};

/** Reads commitments (optionally of one account) and the names around them. */
export function useCommitments(myMemberId: string | null, accountId?: string): CommitmentsView | undefined {
  return useLiveQuery(async () => {
    const [commitments, accounts, members, contacts, privateMetas] = await Promise.all([
      accountId ? db.commitments.where('accountId').equals(accountId).toArray() : db.commitments.toArray(),
      db.accounts.toArray(), db.teamMembers.toArray(),
      accountId ? db.contacts.where('accountId').equals(accountId).toArray() : db.contacts.toArray(),
      db.recordMeta.where('entity').equals('commitments').filter((m) => m.space === 'private').toArray(),
    ]);
    return {
      commitments: commitments.filter((c) => !c.deleted),
      accountNames: new Map(accounts.map((a) => [a.id, a.name])),
      memberNames: new Map(members.map((m) => [m.id, m.name])),
      contactNames: new Map(contacts.map((c) => [c.id, c.name])),
      myAccountIds: new Set(accounts.filter((a) => a.ownerId !== null && a.ownerId === myMemberId).map((a) => a.id)),
      privateIds: new Set(privateMetas.map((m) => m.id)),
    };
  }, [myMemberId, accountId]);
}

/** The stakeholders and team members an edit can choose from (contacts of the account, or all). */
export function usePeopleChoices(accountId: string | null): { contacts: { id: string; name: string; accountId: string }[]; members: { id: string; name: string }[] } | undefined {
  return useLiveQuery(async () => {
    const [contacts, members] = await Promise.all([
      accountId ? db.contacts.where('accountId').equals(accountId).toArray() : Promise.resolve([]),
      db.teamMembers.orderBy('name').toArray(),
    ]);
    return {
      contacts: contacts.filter((c) => !c.deleted).map((c) => ({ id: c.id, name: c.name, accountId: c.accountId })),
      members: members.filter((m) => !m.deleted && m.active !== false).map((m) => ({ id: m.id, name: m.name })),
    };
  }, [accountId]);
}

/** Live accounts by name, for choosing one; empty while loading. */
export function useAccountChoices(): { id: string; name: string }[] {
  return useLiveQuery(async () => (await db.accounts.orderBy('name').toArray()).filter((a) => !a.deleted).map((a) => ({ id: a.id, name: a.name })), []) ?? [];
}
