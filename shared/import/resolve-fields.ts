import type { ImportContext } from './import-plan';
import { matchOwner } from './owner-matching';
import { accountRefKey, contactRefKey, firstNameKey, lastNameKey, ownerNameKey, timelineNoteKey, type ImportEntity } from './fields';
import type { ReadRow, RowError } from './read-row';

const lower = (s: string) => s.trim().toLowerCase();

type Indexes = { byExternalId: Map<string, string>; byName: Map<string, string>; contacts: Map<string, string> };

// Lookups built once per import context (not scanned per row).
const indexes = new WeakMap<object, Indexes>();
function indexOf(ctx: ImportContext<ImportEntity>): Indexes {
  let index = indexes.get(ctx.accounts);
  if (!index) {
    index = { byExternalId: new Map(), byName: new Map(), contacts: new Map() };
    for (const a of ctx.accounts) {
      if (a.externalId !== null && !index.byExternalId.has(a.externalId.trim())) index.byExternalId.set(a.externalId.trim(), a.id);
      if (!index.byName.has(lower(a.name))) index.byName.set(lower(a.name), a.id);
    }
    for (const c of ctx.contacts ?? []) {
      if (c.email !== '') index.contacts.set(`${c.accountId}|${lower(c.email)}`, c.id);
      if (!index.contacts.has(`${c.accountId}|${lower(c.name)}`)) index.contacts.set(`${c.accountId}|${lower(c.name)}`, c.id);
    }
    indexes.set(ctx.accounts, index);
  }
  return index;
}

function resolveAccount(read: ReadRow, index: Indexes, rowNumber: number): string | RowError {
  const refs = read.candidates[accountRefKey] ?? [];
  for (const { text } of refs) {
    const found = index.byExternalId.get(text) ?? index.byName.get(lower(text));
    if (found) return found;
  }
  const first = refs[0];
  return first
    ? { rowNumber, column: first.column, value: first.text, message: `No account has the ID or name "${first.text}": import the accounts first` }
    : { rowNumber, column: 'Account', value: '', message: 'Say which account this row belongs to (its ID or name)' };
}

/**
 * Turns reference and pseudo-fields into record fields (account, owner, stakeholder, first + last
 * name, the currency a money cell names) and takes timeline notes out of the values; returns the problems that reject the row. A stakeholder
 * not found is a note: the touch or response is kept, unlinked.
 */
export function resolveFields(entity: ImportEntity, read: ReadRow, ctx: ImportContext<ImportEntity>, rowNumber: number): RowError[] {
  const v = read.values;
  const errors: RowError[] = [];
  const index = indexOf(ctx);
  if (entity !== 'accounts') {
    const account = resolveAccount(read, index, rowNumber);
    if (typeof account === 'string') v.accountId = account;
    else errors.push(account);
    delete v[accountRefKey];
  }
  if (contactRefKey in v) {
    const ref = String(v[contactRefKey]);
    const found = typeof v.accountId === 'string' ? index.contacts.get(`${v.accountId}|${lower(ref)}`) : undefined;
    v.contactId = found ?? null;
    if (read.columns[contactRefKey]) read.columns.contactId = read.columns[contactRefKey];
    if (!found && typeof v.accountId === 'string') {
      read.notes.push({ rowNumber, column: read.columns[contactRefKey] ?? 'Stakeholder', value: ref, message: `No stakeholder of this account has the email or name "${ref}": imported without one` });
    }
    delete v[contactRefKey];
  }
  if (ownerNameKey in v) {
    // An owner who is not on the team yet is left unassigned rather than rejecting the account.
    // The preview lists such owners (owner-matching.ts) with "add them" and "map to…", so none is dropped unseen.
    v.ownerId = matchOwner(String(v[ownerNameKey]), ctx.teamMembers.map((m) => ({ id: m.id, name: m.name, email: m.email ?? '' })));
    if (read.columns[ownerNameKey]) read.columns.ownerId = read.columns[ownerNameKey];
    delete v[ownerNameKey];
  }
  if (firstNameKey in v || lastNameKey in v) {
    if (!('name' in v)) {
      v.name = [v[firstNameKey], v[lastNameKey]].filter((p) => typeof p === 'string' && p !== '').join(' ');
      read.columns.name = read.columns[firstNameKey] ?? read.columns[lastNameKey] ?? 'Name';
    }
    delete v[firstNameKey];
    delete v[lastNameKey];
  }
  // Timeline notes are not a field of the record: the plan reads them from the row's candidates.
  delete v[timelineNoteKey];
  if (typeof v.currency === 'string') v.currency = v.currency.toUpperCase();
  else if (read.cellCurrency !== null && entity === 'accounts') v.currency = read.cellCurrency;
  if (typeof v.email === 'string') v.email = v.email.toLowerCase();
  return errors;
}
