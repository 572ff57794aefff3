import { useLiveQuery } from 'dexie-react-hooks';
import type { Commitment } from '../../../../../shared/domain/commitment';
import { db } from '../../../db/instance';

/** Every live commitment with the names the lists show; undefined while loading. */
export type CommitmentsView = { commitments: Commitment[]; accountNames: Map<string, string>; memberNames: Map<string, string>; myAccountIds: Set<string> };

/** Reads commitments (optionally of one account) and the names around them. */
export function useCommitments(myMemberId: string | null, accountId?: string): CommitmentsView | undefined {
  return useLiveQuery(async () => {
    const [commitments, accounts, members] = await Promise.all([
      accountId ? db.commitments.where('accountId').equals(accountId).toArray() : db.commitments.toArray(),
      db.accounts.toArray(), db.teamMembers.toArray(),
    ]);
    return {
      commitments: commitments.filter((c) => !c.deleted),
      accountNames: new Map(accounts.map((a) => [a.id, a.name])),
      memberNames: new Map(members.map((m) => [m.id, m.name])),
      myAccountIds: new Set(accounts.filter((a) => a.ownerId !== null && a.ownerId === myMemberId).map((a) => a.id)),
    };
  }, [myMemberId, accountId]);
}
