import { useLiveQuery } from 'dexie-react-hooks';
import type { Account } from '../../../../../shared/domain/account';
import type { Contact } from '../../../../../shared/domain/contact';
import type { ExpansionOpportunity } from '../../../../../shared/domain/expansion';
import type { LeadFacts } from '../../../../../shared/domain/expansion/hand-off';
import { db } from '../../../db/instance';

/** Every live lead (newest first) with its accounts and champions; undefined while loading. */
export type LeadsView = { leads: ExpansionOpportunity[]; accounts: Map<string, Account>; contacts: Map<string, Contact> };

/** Reads the live expansion leads, their accounts and the contacts named as champions. */
export function useLeads(): LeadsView | undefined {
  return useLiveQuery(async () => {
    const leads = (await db.expansionOpportunities.toArray()).filter((l) => !l.deleted).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const accountIds = [...new Set(leads.map((l) => l.accountId))];
    const contactIds = [...new Set(leads.flatMap((l) => (l.championContactId ? [l.championContactId] : [])))];
    const [accounts, contacts] = await Promise.all([db.accounts.bulkGet(accountIds), db.contacts.bulkGet(contactIds)]);
    return {
      leads,
      accounts: new Map(accounts.filter((a): a is Account => a !== undefined).map((a) => [a.id, a])),
      contacts: new Map(contacts.filter((c): c is Contact => c !== undefined).map((c) => [c.id, c])),
    };
  }, []);
}

/** The facts a hand-off shows for one lead. */
export function leadFacts(view: LeadsView, lead: ExpansionOpportunity, memberNames: ReadonlyMap<string, string>): LeadFacts {
  return {
    account: view.accounts.get(lead.accountId),
    champion: lead.championContactId ? view.contacts.get(lead.championContactId) : undefined,
    ownerName: lead.ownerId ? memberNames.get(lead.ownerId) ?? '' : '',
  };
}

/** An account and its live stakeholders, for flagging a lead on it; null when it does not exist. */
export function useLeadAccount(accountId: string): { account: Account; contacts: Contact[] } | null | undefined {
  return useLiveQuery(async () => {
    const account = await db.accounts.get(accountId);
    if (!account) return null;
    const contacts = (await db.contacts.where('accountId').equals(accountId).toArray()).filter((c) => !c.deleted);
    return { account, contacts };
  }, [accountId]);
}

/** One account's live expansion leads, newest first; undefined while loading. */
export function useAccountLeads(accountId: string): ExpansionOpportunity[] | undefined {
  return useLiveQuery(async () => (await db.expansionOpportunities.where('accountId').equals(accountId).toArray())
    .filter((l) => !l.deleted).sort((a, b) => b.createdAt.localeCompare(a.createdAt)), [accountId]);
}
