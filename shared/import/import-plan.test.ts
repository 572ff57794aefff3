import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EntityRecord } from '../domain/entities';
import { parseCsv } from './csv-rows';
import type { ImportEntity } from './fields';
import { planImport, type ImportContext } from './import-plan';
import { detectPreset, guessMapping } from './column-mapping';
import { initialChoices } from './choices';
import { previewImport } from './preview';
import { rejectedRowsCsv } from './rejected-csv';

const fixture = (name: string) => readFileSync(new URL(`../../test/fixtures/csv/${name}`, import.meta.url), 'utf8');
const teamMembers = [{ id: 'tm-1', name: 'Alex Morgan' }, { id: 'tm-2', name: 'Sam Rivera' }, { id: 'tm-3', name: 'Jordan Lee' }];

function context<E extends ImportEntity>(existing: EntityRecord<E>[] = [], accounts: ImportContext<E>['accounts'] = []): ImportContext<E> {
  let n = 0;
  return { accounts, existing, teamMembers, now: '2026-11-22T10:00:00.000Z', newId: () => `new-${(n += 1)}` };
}

function plan<E extends ImportEntity>(entity: E, text: string, ctx: ImportContext<E>, remap: Record<string, string> = {}) {
  const { headers, rows } = parseCsv(text);
  const preset = detectPreset(headers);
  const mapping = guessMapping(entity, headers, preset).map((key, i) => remap[headers[i] ?? ''] ?? key);
  return { headers, result: planImport(entity, headers, rows, mapping, ctx, initialChoices(entity, { headers, rows }, mapping)) };
}

describe('planning an accounts import', () => {
  it('reads a Salesforce report: money, M/D/YYYY dates, lenient enums, owners by name', () => {
    // This file's Type column holds size segments, so the user maps it (the preset does not assume it).
    const { result } = plan('accounts', fixture('salesforce-accounts-export.csv'), context<'accounts'>(), { Type: 'segment' });
    expect(result.rejected).toEqual([]);
    expect(result.creates).toHaveLength(4);
    expect(result.creates[0]).toMatchObject({
      id: 'new-1', name: 'Acme Robotics', externalId: '001A000001', segment: 'enterprise', tier: 'tier_1', arrMinor: 125_000_000,
      industry: 'Manufacturing', ownerId: 'tm-1', renewalDate: '2027-03-31', createdAt: '2023-01-15T00:00:00.000Z', currency: 'USD', deleted: false,
    });
    expect(result.creates[2]).toMatchObject({ name: 'Cobalt "Blue" Logistics', arrMinor: 1_200_000, segment: 'smb', ownerId: null });
    // An owner who is not on the team is left unassigned rather than rejecting the account.
    expect(result.creates[3]).toMatchObject({ segment: 'mid_market', tier: 'tier_2', ownerId: null });
  });

  it('reads a HubSpot companies export, keeping rows whose lifecycle stage is not ours at the default', () => {
    const { result } = plan('accounts', fixture('hubspot-companies-export.csv'), context<'accounts'>());
    // Annual Revenue is the company's revenue: not taken as our contract value unless the user says so.
    expect(result.creates.map((a) => [a.name, a.lifecycleStage, a.ownerId, a.arrMinor, a.billingCity])).toEqual([
      ['Harbor Freight Lines', 'mature', 'tm-3', 0, 'Tacoma'], ['Iris Biotech', 'onboarding', null, 0, 'Cambridge'],
      ['Juniper Schools', 'mature', 'tm-1', 0, 'Austin'], ['Kestrel Air', 'adopting', null, 0, 'Wichita'],
    ]);
    expect(result.creates[0]?.createdAt).toBe('2024-03-04T09:15:00.000Z');
    expect(result.rejected).toEqual([]);
    expect(result.notes).toEqual([{ rowNumber: 5, column: 'Lifecycle Stage', value: 'Lead', message: '"Lead" is not a lifecycle stage: choose Onboarding, Adopting, Mature, Renewing, At risk or Churned, or it stays Adopting' }]);
  });

  it('reports every bad row with its spreadsheet row number, column, value and reason', () => {
    const { headers, result } = plan('accounts', fixture('bad-rows.csv'), context<'accounts'>());
    expect(result.creates.map((a) => a.name)).toEqual(['Good Co', 'Good Two']);
    const errors = result.rejected.flatMap((r) => r.errors);
    expect(errors).toEqual([
      { rowNumber: 3, column: 'Account Name', value: '', message: 'Account name is required' },
      { rowNumber: 4, column: 'Contract End Date', value: '13/45/2026', message: expect.stringContaining('not a real date') },
      { rowNumber: 5, column: 'Annual Revenue', value: 'lots', message: '"lots" is not an amount' },
      { rowNumber: 6, column: 'Annual Revenue', value: '-500', message: 'Amounts cannot be negative' },
    ]);
    const back = parseCsv(rejectedRowsCsv(headers, result.rejected));
    expect(back.headers).toEqual([...headers, 'Error']);
    expect(back.rows[1]?.cells).toEqual(['Delta Foods', 'B-3', 'Gigantic', '$40,000.00', '13/45/2026', 'Customer', expect.stringMatching(/^Contract End Date: /)]);
  });

  it('re-imports as updates of only the changed fields, not duplicates', () => {
    const first = plan('accounts', fixture('salesforce-accounts-export.csv'), context<'accounts'>()).result.creates;
    const again = plan('accounts', fixture('salesforce-accounts-export.csv'), context<'accounts'>(first)).result;
    expect(again).toMatchObject({ creates: [], updates: [], unchanged: 4, rejected: [] });
    const changed = fixture('salesforce-accounts-export.csv').replace('$85,000.00', '$90,000.00');
    const updated = plan('accounts', changed, context<'accounts'>(first)).result;
    expect(updated.updates).toEqual([{ id: 'new-2', rowNumber: 3, patch: { arrMinor: 9_000_000 } }]);
    expect(updated.unchanged).toBe(3);
  });

  it('matches accounts without a CRM id by name, and names repeated rows of one file', () => {
    const csv = 'Account name,Industry\nOrbit Media,Media\norbit media,Publishing\n';
    const { result } = plan('accounts', csv, context<'accounts'>());
    expect(result.creates).toHaveLength(1);
    expect(result.creates[0]?.industry).toBe('Publishing');
    expect(result.skipped).toBe(1);
    expect(result.duplicates.map((d) => d.message)).toEqual(['Rows 2 and 3 share Account name Orbit Media and disagree on Industry']);
  });
});

describe('planning child imports', () => {
  const accounts = [
    { id: 'a-1', name: 'Harbor Freight Lines', externalId: '9001' }, { id: 'a-2', name: 'Iris Biotech', externalId: '9002' },
    { id: 'a-3', name: 'Juniper Schools', externalId: '9003' },
  ];

  it('resolves the account by CRM id or exact name and reports unknown accounts', () => {
    const { result } = plan('contacts', fixture('hubspot-contacts-export.csv'), context<'contacts'>([], accounts));
    expect(result.creates.map((c) => [c.accountId, c.name, c.email, c.role, c.title])).toEqual([
      ['a-1', 'Ines Varga', 'ines.varga@harbor.example', 'decision_maker', 'VP Operations'],
      ['a-2', 'Omar Haddad', 'omar@iris.example', 'champion', 'Lab Director'],
    ]);
    expect(result.creates[0]?.lastContactedAt).toBe('2026-11-20T14:05:00.000Z');
    const errors = result.rejected.flatMap((r) => r.errors);
    expect(errors).toEqual([
      { rowNumber: 4, column: 'Associated Company', value: 'Nowhere Corp', message: expect.stringContaining('No account has the ID or name "Nowhere Corp"') },
      { rowNumber: 5, column: 'Email', value: 'not-an-email', message: 'That is not an email address' },
    ]);
  });

  it('matches stakeholders by email within the account on re-import', () => {
    const first = plan('contacts', fixture('hubspot-contacts-export.csv'), context<'contacts'>([], accounts)).result.creates;
    const changed = fixture('hubspot-contacts-export.csv').replace('VP Operations', 'COO');
    const again = plan('contacts', changed, context<'contacts'>(first, accounts)).result;
    expect(again.creates).toEqual([]);
    expect(again.updates).toEqual([{ id: 'new-1', rowNumber: 2, patch: { title: 'COO' } }]);
  });

  it('matches usage points by account, date and metric', () => {
    const csv = 'Account ID,Date,Metric,Value\n9001,2026-11-01,logins,"1,200"\n9001,11/1/2026,seats,40\nHarbor Freight Lines,2026-11-02,logins,abc\n';
    const first = plan('usagePoints', csv, context<'usagePoints'>([], accounts)).result;
    expect(first.creates.map((u) => [u.accountId, u.date, u.metric, u.value])).toEqual([['a-1', '2026-11-01', 'logins', 1200], ['a-1', '2026-11-01', 'seats', 40]]);
    expect(first.rejected[0]?.errors[0]).toMatchObject({ rowNumber: 4, column: 'Value', message: '"abc" is not a number' });
    const again = plan('usagePoints', csv.replace('"1,200"', '1300'), context<'usagePoints'>(first.creates, accounts)).result;
    expect(again.updates).toEqual([{ id: 'new-1', rowNumber: 2, patch: { value: 1300 } }]);
  });

  it('validates survey scores by kind and tickets by their CRM id', () => {
    const surveys = 'Company name,Survey,Score,Responded\nIris Biotech,NPS,9,2026-10-01\nIris Biotech,CSAT,7,2026-10-02\n';
    const s = plan('surveyResponses', surveys, context<'surveyResponses'>([], accounts)).result;
    expect(s.creates).toHaveLength(1);
    expect(s.rejected[0]?.errors[0]).toMatchObject({ rowNumber: 3, column: 'Score', message: 'CSAT scores are 1 to 5' });
    const tickets = 'Account ID,Ticket ID,Subject,Status,Priority,Opened\n9002,T-1,Login fails,Resolved,P1,2026-11-20 14:05\n';
    const t = plan('tickets', tickets, context<'tickets'>([], accounts)).result;
    expect(t.creates[0]).toMatchObject({ accountId: 'a-2', externalId: 'T-1', status: 'solved', priority: 'urgent', openedAt: '2026-11-20T14:05:00.000Z' });
    const again = plan('tickets', tickets.replace('Login fails', 'Login fails on SSO'), context<'tickets'>(t.creates, accounts)).result;
    expect(again.updates).toEqual([{ id: 'new-1', rowNumber: 2, patch: { subject: 'Login fails on SSO' } }]);
  });
});

describe('previewing an import', () => {
  it('shows the first rows as they will be imported, with rejections explained', () => {
    const { headers, rows } = parseCsv(fixture('bad-rows.csv'));
    const mapping = guessMapping('accounts', headers, 'salesforce');
    const ctx = context<'accounts'>();
    const preview = previewImport('accounts', mapping, planImport('accounts', headers, rows, mapping, ctx), ctx, 3);
    expect(preview.labels).toEqual(['Account name', 'Account ID', 'Annual contract value', 'Renewal date', 'Lifecycle stage']);
    expect(preview.rows[0]).toEqual({ rowNumber: 2, status: 'new', note: '', values: ['Good Co', 'B-1', '$10,000', '2027-01-31', 'Mature'] });
    expect(preview.rows[1]).toMatchObject({ rowNumber: 3, status: 'rejected', note: 'Account Name: Account name is required' });
  });

  it('matches owners to the team ignoring case and accents, and by email', () => {
    const team = [{ id: 'tm-9', name: 'José Núñez', email: 'jose@acme.example' }, { id: 'tm-8', name: 'Ana Silva', email: 'ana@acme.example' }];
    const { result } = plan('accounts', 'Account Name,Account Owner\nAcme,jose nunez\nGlobex,ANA@acme.example\nInitech,Dana Whitfield\n', { ...context<'accounts'>(), teamMembers: team });
    expect(result.creates.map((c) => c.ownerId)).toEqual(['tm-9', 'tm-8', null]);
  });
});
