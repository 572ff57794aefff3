import { describe, expect, it } from 'vitest';
import { generatePortfolio } from '../sample/portfolio';
import { accountFormSchema, accountFromForm, formFromAccount } from './account-form';

describe('account form', () => {
  it('round-trips an account through the form', () => {
    const account = generatePortfolio({ accounts: 3 }).accounts[1]!;
    // The survey cadence is set from the Surveys screen; the account form leaves it alone.
    const { id: _id, createdAt: _c, deleted: _d, surveyCadenceDays: _s, ...fields } = account;
    const empty = { website: '', phone: '', billingCity: '', billingCountry: '', description: '' };
    expect(accountFromForm(formFromAccount(account))).toEqual({ ...fields, ...empty });
  });

  it('reads an account stored before the contact fields existed as blanks, and keeps what is typed', () => {
    const account = generatePortfolio({ accounts: 1 }).accounts[0]!;
    const form = formFromAccount(account);
    expect([form.website, form.phone, form.billingCity, form.billingCountry, form.description]).toEqual(['', '', '', '', '']);
    const typed = accountFromForm({ ...form, website: ' acme.example ', phone: '+44 20 7946 0000', billingCity: 'Lyon', billingCountry: 'France', description: 'Bought in 2019' });
    expect(typed).toMatchObject({ website: 'acme.example', phone: '+44 20 7946 0000', billingCity: 'Lyon', billingCountry: 'France', description: 'Bought in 2019' });
  });

  it('converts typed money, blanks and tags', () => {
    const result = accountFromForm({ ...formFromAccount(), name: ' Contoso ', arr: '$15,000.50', currency: 'eur', tags: 'beta, beta , ref,' });
    expect(result).toMatchObject({ name: 'Contoso', arrMinor: 1_500_050, currency: 'EUR', renewalDate: null, ownerId: null, tags: ['beta', 'ref'] });
  });

  it('explains each invalid field', () => {
    const parsed = accountFormSchema.safeParse({ ...formFromAccount(), name: '', arr: 'lots', renewalDate: '31/03/2027', currency: 'dollars' });
    const messages = Object.fromEntries((parsed.error?.issues ?? []).map((i) => [i.path[0], i.message]));
    expect(messages).toEqual({
      name: 'Give the account a name', arr: 'Enter an amount like 15,000 or $15,000.00',
      renewalDate: expect.stringContaining('2027-03-31'), currency: 'Use a three-letter currency code like USD',
    });
  });
});
