import { z } from 'zod';
import { accountFields, type Account } from './account';
import { isoDateSchema } from './common';
import { parseMoney } from './money';

/** What the account form holds: strings as typed, validated with the account's own field rules. */
export const accountFormSchema = z.object({
  name: accountFields.name,
  externalId: z.string().trim().max(100, 'CRM ids are at most 100 characters'),
  segment: accountFields.segment,
  tier: accountFields.tier,
  arr: z.string().trim().refine((s) => s === '' || (parseMoney(s) ?? -1) >= 0, 'Enter an amount like 15,000 or $15,000.00'),
  currency: z.string().trim().toUpperCase().pipe(accountFields.currency),
  renewalDate: z.union([z.literal(''), isoDateSchema]),
  lifecycleStage: accountFields.lifecycleStage,
  ownerId: z.string(),
  industry: accountFields.industry,
  website: accountFields.website.unwrap(),
  phone: accountFields.phone.unwrap(),
  billingCity: accountFields.billingCity.unwrap(),
  billingCountry: accountFields.billingCountry.unwrap(),
  description: accountFields.description.unwrap(),
  tags: z.string().refine((s) => splitTags(s).every((t) => t.length <= 50), 'Tags are at most 50 characters each'),
});
/** The account form's values. */
export type AccountFormValues = z.input<typeof accountFormSchema>;

/** The editable account fields the form produces. */
export type AccountFormResult = Omit<Account, 'id' | 'createdAt' | 'deleted' | 'surveyCadenceDays'>;

function splitTags(text: string): string[] {
  return [...new Set(text.split(',').map((t) => t.trim()).filter(Boolean))];
}

/** Turns valid form values into account fields (money to minor units, blanks to null). */
export function accountFromForm(values: AccountFormValues): AccountFormResult {
  return {
    name: values.name.trim(),
    externalId: values.externalId.trim() || null,
    segment: values.segment,
    tier: values.tier,
    arrMinor: parseMoney(values.arr) ?? 0,
    currency: values.currency.trim().toUpperCase(),
    renewalDate: values.renewalDate || null,
    lifecycleStage: values.lifecycleStage,
    ownerId: values.ownerId || null,
    industry: values.industry,
    tags: splitTags(values.tags),
    website: values.website.trim(),
    phone: values.phone.trim(),
    billingCity: values.billingCity.trim(),
    billingCountry: values.billingCountry.trim(),
    description: values.description,
  };
}

/** Form values for an existing account, or the defaults for a new one. */
export function formFromAccount(account?: Account): AccountFormValues {
  if (!account) {
    return { name: '', externalId: '', segment: 'smb', tier: 'tier_3', arr: '', currency: 'USD', renewalDate: '', lifecycleStage: 'onboarding', ownerId: '', industry: '', tags: '', website: '', phone: '', billingCity: '', billingCountry: '', description: '' };
  }
  return {
    name: account.name, externalId: account.externalId ?? '', segment: account.segment, tier: account.tier,
    arr: (account.arrMinor / 100).toFixed(2), currency: account.currency, renewalDate: account.renewalDate ?? '',
    lifecycleStage: account.lifecycleStage, ownerId: account.ownerId ?? '', industry: account.industry, tags: account.tags.join(', '),
    website: account.website ?? '', phone: account.phone ?? '', billingCity: account.billingCity ?? '',
    billingCountry: account.billingCountry ?? '', description: account.description ?? '',
  };
}
