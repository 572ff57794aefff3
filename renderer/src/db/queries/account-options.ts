import { useLiveQuery } from 'dexie-react-hooks';
import type { Contact } from '../../../../shared/domain/contact';
import { db } from '../instance';

/** An account as a choice in a form: its id and name. */
export type AccountOption = { id: string; name: string };

/** Live (not deleted) accounts as choices, by name. */
export async function readAccountOptions(): Promise<AccountOption[]> {
  const rows = await db.accounts.orderBy('name').toArray();
  return rows.filter((a) => !a.deleted).map((a) => ({ id: a.id, name: a.name }));
}

/** Live accounts as choices for a form's account picker; undefined while loading. */
export function useAccountOptions(): AccountOption[] | undefined {
  return useLiveQuery(readAccountOptions, []);
}

/** Live stakeholders of one account (none when no account is chosen). */
export async function readAccountContacts(accountId: string | null | undefined): Promise<Contact[]> {
  if (!accountId) return [];
  return (await db.contacts.where('accountId').equals(accountId).toArray()).filter((c) => !c.deleted);
}

/** Live stakeholders of the chosen account, for a form's stakeholder picker; empty while loading. */
export function useAccountContacts(accountId: string | null | undefined): Contact[] {
  return useLiveQuery(() => readAccountContacts(accountId), [accountId]) ?? [];
}
