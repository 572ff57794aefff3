import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EntityRecord } from '../domain/entities';
import { initialChoices } from './choices';
import { detectPreset, guessMapping } from './column-mapping';
import { parseCsv } from './csv-rows';
import { decodeCsv } from './decode';
import { detectEncoding } from './detect-encoding';
import type { ImportEntity } from './fields';
import { planImport, type ImportChoices, type ImportContext } from './import-plan';

const teamMembers = [{ id: 'tm-1', name: 'Alex Morgan' }, { id: 'tm-2', name: 'Sam Rivera' }, { id: 'tm-3', name: 'Jordan Lee' }];
function context<E extends ImportEntity>(existing: EntityRecord<E>[] = [], extra: Partial<ImportContext<E>> = {}): ImportContext<E> {
  let n = 0;
  return { accounts: [], existing, teamMembers, now: '2026-11-22T10:00:00.000Z', newId: () => `new-${(n += 1)}`, ...extra };
}

function load(name: string) {
  const bytes = new Uint8Array(readFileSync(`test/fixtures/csv/${name}`));
  return parseCsv(decodeCsv(bytes, detectEncoding(bytes)));
}

function planFile<E extends ImportEntity>(entity: E, table: ReturnType<typeof load>, ctx: ImportContext<E>, change: (c: ImportChoices) => ImportChoices = (c) => c) {
  const mapping = guessMapping(entity, table.headers, detectPreset(table.headers));
  const choices = change(initialChoices(entity, table, mapping));
  return { mapping, choices, plan: planImport(entity, table.headers, table.rows, mapping, ctx, choices) };
}

describe('importing real CRM exports', () => {
  it('imports a Salesforce accounts report whose Type is a relationship picklist, keeping every useful column', () => {
    const { mapping, plan } = planFile('accounts', load('salesforce-accounts-report.csv'), context<'accounts'>());
    expect(mapping[2]).toBe('');
    expect(plan.creates).toHaveLength(9);
    expect(plan.rejected.map((r) => [r.rowNumber, r.errors.map((e) => e.message)])).toEqual([[7, ['"n/a" is not an amount']]]);
    expect(plan.creates[0]).toMatchObject({
      name: 'Northwind Traders', arrMinor: 18_000_000, tier: 'tier_1', ownerId: 'tm-1', website: 'northwind.example', phone: '(206) 555-0101',
      billingCity: 'Seattle', billingCountry: 'United States', description: 'Flagship retail account', renewalDate: '2027-03-31',
    });
    expect(plan.creates[1]?.arrMinor).toBe(4_200_050);
    // Tailspin Toys (6/30/2025) and Proseware (10/31/2025).
    expect(plan.pastRenewals).toBe(2);
  });

  it('names a HubSpot Record ID repeated with different values and imports the row the user keeps', () => {
    const table = load('hubspot-companies-duplicate-id.csv');
    const last = planFile('accounts', table, context<'accounts'>()).plan;
    expect(last.duplicates.map((d) => d.message)).toEqual(['Rows 5 and 6 share Record ID 9000040 and disagree on Company owner, ARR, Renewal Date']);
    expect(last.creates.find((a) => a.externalId === '9000040')).toMatchObject({ arrMinor: 1_200_000, renewalDate: '2026-09-30', ownerId: 'tm-1' });
    expect([last.creates.length, last.skipped]).toEqual([5, 1]);
    const first = planFile('accounts', table, context<'accounts'>(), (c) => ({ ...c, duplicates: 'first' })).plan;
    expect(first.creates.find((a) => a.externalId === '9000040')).toMatchObject({ arrMinor: 25_000_000, ownerId: 'tm-3' });
    const neither = planFile('accounts', table, context<'accounts'>(), (c) => ({ ...c, duplicates: 'skip' })).plan;
    expect([neither.creates.length, neither.skipped]).toEqual([4, 2]);
    // The unchanged file again: nothing to update, whichever row is kept.
    const again = planFile('accounts', table, context<'accounts'>(last.creates)).plan;
    expect([again.creates.length, again.updates.length, again.unchanged, again.skipped]).toEqual([0, 0, 5, 1]);
    // A lifecycle stage we do not have keeps the default and says so; the row is imported.
    expect(last.creates.find((a) => a.name === 'Coho Winery')?.lifecycleStage).toBe('adopting');
    expect(last.notes[0]?.message).toContain('"Lead" is not a lifecycle stage');
  });

  it('imports a Windows-1252 European export: accents, day-first dates, decimal commas and euros', () => {
    const table = load('european-accounts-1252.csv');
    const { choices, plan } = planFile('accounts', table, context<'accounts'>(), (c) => ({ ...c, valueMaps: { segment: { ...c.valueMaps.segment, pme: 'smb' } } }));
    expect(choices.formats).toMatchObject({ 3: { mark: ',' }, 4: { order: 'dmy' }, 5: { order: 'dmy' } });
    expect(plan.rejected).toEqual([]);
    expect(plan.creates.map((a) => [a.name, a.segment, a.arrMinor, a.currency, a.renewalDate, a.createdAt.slice(0, 10), a.billingCity])).toEqual([
      ['Société Générale Assurances', 'enterprise', 125_000_050, 'EUR', '2026-12-01', '2019-03-15', 'Paris'],
      ['Müller & Söhne GmbH', 'mid_market', 8_500_000, 'EUR', '2027-03-31', '2021-07-01', 'München'],
      ['Café Crème SARL', 'smb', 1_200_000, 'EUR', '2027-06-15', '2023-11-20', 'Lyon'],
      ['Øresund Logistik A/S', 'mid_market', 6_450_075, 'EUR', '2027-02-28', '2020-05-05', 'København'],
      ['Señor Ñandú S.L.', 'smb', 125_000, 'EUR', '2025-09-30', '2022-12-12', 'Sevilla'],
      ['Zürcher Kantonalbank Services', 'enterprise', 240_000_000, 'EUR', '2027-01-10', '2018-02-01', 'Zürich'],
    ]);
    expect(plan.pastRenewals).toBe(1);
  });

  it('imports an Excel "Unicode text" file, asking how its ambiguous dates are written', () => {
    const table = load('excel-unicode-text.txt');
    expect(table.headers).toEqual(['Account Name', 'Account ID', 'Renewal Date', 'ARR', 'Billing City']);
    const { choices, plan } = planFile('accounts', table, context<'accounts'>());
    expect(choices.formats[2]).toEqual({ kind: 'date', order: 'mdy', decided: false });
    expect(plan.creates.map((a) => [a.name, a.renewalDate, a.billingCity])[0]).toEqual(['Zoë Köln AG', '2027-03-04', 'Köln']);
    const dayFirst = planFile('accounts', table, context<'accounts'>(), (c) => ({ ...c, formats: { ...c.formats, 2: { kind: 'date', order: 'dmy', decided: true } } })).plan;
    expect(dayFirst.creates.map((a) => a.renewalDate)).toEqual(['2027-04-03', '2026-01-12', '2027-06-05', '2027-02-01']);
    expect(dayFirst.creates.map((a) => a.name)).toEqual(['Zoë Köln AG', 'Ærøskøbing Færger', 'Łódź Textiles', 'Crème Brûlée Co']);
  });

  it('links a touch or survey row to the stakeholder named by email or name, and keeps rows naming nobody known', () => {
    const accounts = [{ id: 'a-1', name: 'Harbor Freight Lines', externalId: '9001' }];
    const contacts = [{ id: 'c-1', accountId: 'a-1', name: 'Ines Varga', email: 'ines@harbor.example' }];
    const csv = 'Account,Contact,Subject,Date\n9001,INES@harbor.example,QBR,2026-11-01\n9001,Ines Varga,Follow-up,2026-11-02\n9001,Nobody Here,Call,2026-11-03\n';
    const table = parseCsv(csv);
    const { plan } = planFile('touches', table, context<'touches'>([], { accounts, contacts }));
    expect(plan.creates.map((t) => t.contactId)).toEqual(['c-1', 'c-1', null]);
    expect(plan.notes.map((n) => n.message)).toEqual(['No stakeholder of this account has the email or name "Nobody Here": imported without one']);
  });
});
