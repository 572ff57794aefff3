import type { EntityRecord } from '../../../../shared/domain/entities';
import { db } from '../instance';

/**
 * One account with everything recorded about it (deleted records left out): what the account page,
 * the account export and the review pack read. Usage points only when asked (there can be thousands).
 */
export type AccountBundle = {
  account: EntityRecord<'accounts'>;
  contacts: EntityRecord<'contacts'>[];
  touches: EntityRecord<'touches'>[];
  tickets: EntityRecord<'tickets'>[];
  surveyResponses: EntityRecord<'surveyResponses'>[];
  commitments: EntityRecord<'commitments'>[];
  escalations: EntityRecord<'escalations'>[];
  escalationEvents: EntityRecord<'escalationEvents'>[];
  reviews: EntityRecord<'reviews'>[];
  usagePoints: EntityRecord<'usagePoints'>[];
};

const live = <T extends { deleted: boolean }>(rows: T[]) => rows.filter((r) => !r.deleted);

/** Reads one account's bundle (a deleted account too, so it can be restored); null when it does not exist. Stakeholders by name. */
export async function readAccountBundle(accountId: string, options: { usage?: boolean } = {}): Promise<AccountBundle | null> {
  const account = await db.accounts.get(accountId);
  if (!account) return null;
  const of = <E extends 'contacts' | 'touches' | 'tickets' | 'surveyResponses' | 'commitments' | 'escalations' | 'escalationEvents' | 'reviews' | 'usagePoints'>(entity: E) =>
    db.table<EntityRecord<E>, string>(entity).where('accountId').equals(accountId).toArray().then(live);
  const [contacts, touches, tickets, surveyResponses, commitments, escalations, escalationEvents, reviews, usagePoints] = await Promise.all([
    of('contacts'), of('touches'), of('tickets'), of('surveyResponses'), of('commitments'), of('escalations'), of('escalationEvents'), of('reviews'),
    options.usage ? of('usagePoints') : Promise.resolve([]),
  ]);
  contacts.sort((a, b) => a.name.localeCompare(b.name));
  return { account, contacts, touches, tickets, surveyResponses, commitments, escalations, escalationEvents, reviews, usagePoints };
}
