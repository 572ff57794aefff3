import { describe, expect, it } from 'vitest';
import type { ExpansionOpportunity } from '../expansion';
import { newRecordFields } from '../record-defaults';
import { testAccount, testContact } from '../recovery/fixtures.test-support';
import { handedOffLeadsCsv, handOffSummary } from './hand-off';

const at = '2026-11-28T10:00:00.000Z';
const lead = (patch: Partial<ExpansionOpportunity> = {}): ExpansionOpportunity => ({
  id: 'l1', ...newRecordFields('expansionOpportunities', { accountId: 'a1', title: 'Analytics add-on', estimatedArrMinor: 2_400_000, kind: 'product', timing: '2027-03-31', evidence: 'Asked for dashboards in the QBR' }, at), ...patch,
});
const facts = { account: testAccount('a1', { name: 'Northwind Foods', externalId: 'CRM-1' }), champion: testContact('c1', { name: 'Maria Ortiz', title: 'COO', email: 'maria@northwind.example' }), ownerName: 'Alex Morgan' };

describe('hand-off', () => {
  it('summarises the lead for sales with account, value, timing, champion, qualification and evidence', () => {
    const text = handOffSummary(lead({ needConfirmed: true }), facts);
    expect(text).toContain('Expansion lead: Analytics add-on');
    expect(text).toContain('Account: Northwind Foods (CRM CRM-1)');
    expect(text).toContain('Estimated value: $24,000 ARR');
    expect(text).toContain('Timing: 2027-03-31');
    expect(text).toContain('Champion: Maria Ortiz, COO <maria@northwind.example>');
    expect(text).toContain('still to confirm: value, timing, champion');
    expect(text).toMatch(/Evidence:\nAsked for dashboards in the QBR$/);
  });

  it('writes handed-off, won and lost leads as CRM opportunities; leads not handed off stay out', () => {
    const csv = handedOffLeadsCsv([
      lead({ id: 'a', stage: 'handed_to_sales', handedOffAt: '2026-11-20T00:00:00.000Z' }),
      lead({ id: 'b', title: 'Seats', stage: 'won', handedOffAt: '2026-11-21T00:00:00.000Z', valueWonMinor: 1_000_000 }),
      lead({ id: 'c', title: 'Not yet', stage: 'qualified' }),
    ], () => facts);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Name,Account Name,Account External Id,Type,StageName,Amount,CurrencyIsoCode,CloseDate,LeadSource,Description,Contact Email');
    expect(lines[1]).toBe('Analytics add-on,Northwind Foods,CRM-1,Existing Customer - Upgrade,Prospecting,24000.00,USD,2027-03-31,Customer Success,Asked for dashboards in the QBR,maria@northwind.example');
    expect(lines[2]).toContain('Seats,Northwind Foods,CRM-1,Existing Customer - Upgrade,Closed Won,10000.00,');
    expect(lines).toHaveLength(3);
  });
});
