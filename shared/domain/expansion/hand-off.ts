import type { Account } from '../account';
import type { Contact } from '../contact';
import type { ExpansionOpportunity } from '../expansion';
import { toCsv } from '../../import/csv-rows';
import { formatMoney } from '../money';
import { leadStageLabels, missingChecks } from './expansion-rules';

/** What a hand-off needs besides the lead: its account, its champion and who flagged it. */
export type LeadFacts = { account: Account | undefined; champion: Contact | undefined; ownerName: string };

const kindLabels = { product: 'Additional product', seats: 'More seats', service: 'Services' } as const;

/** A plain-text summary of a lead for sales, to paste into an email or the CRM. */
export function handOffSummary(lead: ExpansionOpportunity, facts: LeadFacts): string {
  const account = facts.account;
  const checks = missingChecks(lead);
  return [
    `Expansion lead: ${lead.title}`,
    `Account: ${account?.name ?? 'Unknown account'}${account?.externalId ? ` (CRM ${account.externalId})` : ''}`,
    `What: ${kindLabels[lead.kind]}`,
    `Estimated value: ${formatMoney(lead.estimatedArrMinor, lead.currency, 'en-US')} ARR`,
    `Timing: ${lead.timing ?? 'not known yet'}`,
    `Champion: ${facts.champion ? `${facts.champion.name}${facts.champion.title ? `, ${facts.champion.title}` : ''}${facts.champion.email ? ` <${facts.champion.email}>` : ''}` : 'not named yet'}`,
    `Current ARR: ${account ? formatMoney(account.arrMinor, account.currency, 'en-US') : '—'}`,
    `Qualified: ${checks.length === 0 ? 'need, value, timing and champion confirmed' : `still to confirm: ${checks.join(', ')}`}`,
    `Stage: ${leadStageLabels[lead.stage]}`,
    `Flagged by: ${facts.ownerName || '—'}`,
    '',
    'Evidence:',
    lead.evidence.trim() || '—',
  ].join('\n');
}

/** The CRM import columns (Salesforce Opportunity fields; other CRMs map these names on import). */
export const crmOpportunityHeaders = ['Name', 'Account Name', 'Account External Id', 'Type', 'StageName', 'Amount', 'CurrencyIsoCode', 'CloseDate', 'LeadSource', 'Description', 'Contact Email'];

/** Every handed-off lead (and those since won or lost) as a CSV to import as opportunities into the CRM. */
export function handedOffLeadsCsv(leads: readonly ExpansionOpportunity[], factsOf: (lead: ExpansionOpportunity) => LeadFacts): string {
  const stageName = { handed_to_sales: 'Prospecting', won: 'Closed Won', lost: 'Closed Lost' } as const;
  const rows = leads
    .filter((l) => !l.deleted && l.handedOffAt !== null && (l.stage === 'handed_to_sales' || l.stage === 'won' || l.stage === 'lost'))
    .sort((a, b) => (a.handedOffAt ?? '').localeCompare(b.handedOffAt ?? ''))
    .map((l) => {
      const facts = factsOf(l);
      const stage = l.stage as keyof typeof stageName;
      const amount = l.stage === 'won' ? l.valueWonMinor : l.estimatedArrMinor;
      return [
        l.title, facts.account?.name ?? '', facts.account?.externalId ?? '', 'Existing Customer - Upgrade', stageName[stage],
        (amount / 100).toFixed(2), l.currency, l.timing ?? '', 'Customer Success', [l.evidence.trim(), l.lostReason ? `Lost: ${l.lostReason}` : ''].filter(Boolean).join(' — '),
        facts.champion?.email ?? '',
      ];
    });
  return toCsv(crmOpportunityHeaders, rows);
}
