import type { Table } from 'dexie';
import type { HealthInput } from '../../../../shared/domain/health/types';
import type { RapportDb } from '../db';

type Owned = { accountId: string | null };

function byAccount<T extends Owned>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    if (row.accountId === null) continue;
    const list = out.get(row.accountId);
    if (list) list.push(row);
    else out.set(row.accountId, [row]);
  }
  return out;
}

/**
 * The health score's read model: every account's records the score and the at-risk rules read,
 * grouped per account. All accounts, or only `accountIds` (an account that no longer exists is left out).
 */
export async function readHealthInputs(db: RapportDb, accountIds?: readonly string[]): Promise<HealthInput[]> {
  const ids = accountIds ? [...new Set(accountIds)] : null;
  const of = <T>(table: Table<T, string>): Promise<T[]> => (ids ? table.where('accountId').anyOf(ids).toArray() : table.toArray());
  const [accounts, usage, tickets, surveys, touches, contacts, escalations, events, commitments, reviews, accountEvents] = await Promise.all([
    ids ? db.accounts.bulkGet(ids) : db.accounts.toArray(),
    of(db.usagePoints), of(db.tickets), of(db.surveyResponses), of(db.touches), of(db.contacts),
    of(db.escalations), of(db.escalationEvents), of(db.commitments), of(db.reviews), of(db.accountEvents),
  ]);
  const groups = {
    usage: byAccount(usage), tickets: byAccount(tickets), surveys: byAccount(surveys), touches: byAccount(touches),
    contacts: byAccount(contacts), escalations: byAccount(escalations), events: byAccount(events), commitments: byAccount(commitments), reviews: byAccount(reviews), history: byAccount(accountEvents),
  };
  const out: HealthInput[] = [];
  for (const account of accounts) {
    if (!account) continue;
    const id = account.id;
    out.push({
      account, usage: groups.usage.get(id) ?? [], tickets: groups.tickets.get(id) ?? [], surveys: groups.surveys.get(id) ?? [],
      touches: groups.touches.get(id) ?? [], contacts: groups.contacts.get(id) ?? [], escalations: groups.escalations.get(id) ?? [],
      escalationEvents: groups.events.get(id) ?? [], commitments: groups.commitments.get(id) ?? [], reviews: groups.reviews.get(id) ?? [],
      accountEvents: groups.history.get(id) ?? [],
    });
  }
  return out;
}
