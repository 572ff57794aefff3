import type { Account } from '../../../../../shared/domain/account';
import type { Contact } from '../../../../../shared/domain/contact';
import { planRenewal, type RenewalInput } from '../../../../../shared/domain/renewal';
import { planLogTouch, type TouchInput } from '../../../../../shared/domain/touch-workflows';
import { assignOwner } from '../../../db/assign-owner';
import { data } from '../../../db/instance';
import { newRecordId } from '../../../lib/ids';
import { useToasts } from '../../../lib/toast';

/** The account fields a person edits in the form. */
export type AccountInput = Omit<Account, 'id' | 'createdAt' | 'deleted' | 'surveyCadenceDays'>;
/** The stakeholder fields a person edits in the form. */
export type ContactInput = Omit<Contact, 'id' | 'accountId' | 'deleted' | 'lastContactedAt'>;
export type { TouchInput } from '../../../../../shared/domain/touch-workflows';

/** Creates an account and returns its id. */
export function createAccount(input: AccountInput): Promise<string> {
  return data.create('accounts', input);
}

/** Saves changed account fields. */
export function updateAccount(id: string, input: Partial<AccountInput>): Promise<void> {
  return data.update('accounts', id, input);
}

/** Soft-deletes an account and offers Undo. */
export async function deleteAccount(id: string, name: string): Promise<void> {
  await data.remove('accounts', id);
  useToasts.getState().show({ message: `Deleted ${name}`, actionLabel: 'Undo', action: () => void data.restore('accounts', id) });
}

/** Brings back a deleted account. */
export function restoreAccount(id: string): Promise<void> {
  return data.restore('accounts', id);
}

/** Adds a stakeholder to an account. */
export function createContact(accountId: string, input: ContactInput): Promise<string> {
  return data.create('contacts', { ...input, accountId });
}

/** Saves changed stakeholder fields. */
export function updateContact(id: string, input: Partial<ContactInput>): Promise<void> {
  return data.update('contacts', id, input);
}

/** Soft-deletes a stakeholder and offers Undo. */
export async function deleteContact(id: string, name: string): Promise<void> {
  await data.remove('contacts', id);
  useToasts.getState().show({ message: `Removed ${name}`, actionLabel: 'Undo', action: () => void data.restore('contacts', id) });
}

/** Logs a touch and marks the stakeholder as contacted, as one command. */
export async function logTouch(input: TouchInput, authorId: string | null): Promise<string> {
  const id = newRecordId();
  await data.apply(planLogTouch(input, id, authorId));
  return id;
}

/** Records how an account's renewal ended (renewed, downgraded or churned) with its amounts, as one command. */
export function recordRenewal(account: Account, input: RenewalInput, authorId: string | null): Promise<void> {
  return data.apply(planRenewal(account, input, new Date().toISOString(), authorId, newRecordId()));
}

/** Gives many accounts one owner in one step; the toast's Undo puts every previous owner back. */
export async function assignAccountsOwner(ids: readonly string[], ownerId: string | null, ownerName: string): Promise<void> {
  const { count, undo } = await assignOwner('accounts', ids, ownerId);
  useToasts.getState().show({ message: `${count} account${count === 1 ? '' : 's'} now owned by ${ownerName}`, actionLabel: 'Undo', action: () => void undo() });
}
