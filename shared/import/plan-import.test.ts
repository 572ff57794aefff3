import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { guessMapping, missingRequired } from './mapping';
import { planImport, type ExistingRecord } from './plan-import';

const salesforce = '\uFEFF"Account Name","Account ID","Type","Annual Revenue","Industry","Account Owner","Contract End Date"\r\n'
  + '"Acme Robotics","001A1","Enterprise","$1,250,000.00","Manufacturing","Alex Morgan","3/31/2027"\r\n'
  + '"Beacon Health, Inc.","001A2","Mid-Market","$85,000.00","Health\r\ncare","","12/15/2026"\r\n'
  + '"Cobalt ""Blue"" Logistics","001A3","SMB","12000","Logistics","","2027-06-30"\r\n'
  + '"","001A4","SMB","$5,000.00","Retail","","1/1/2027"\r\n'
  + '"Delta Foods","001A5","Gigantic","$40,000.00","Retail","","13/45/2026"\r\n'
  + ',,,,,,\r\n\r\n';

const context = { accounts: [], members: [{ id: 'tm-1', name: 'Alex Morgan', email: 'alex@x.example' }], contacts: [], now: '2026-11-22T10:00:00.000Z' };

function plan(text: string, existing: ExistingRecord[] = [], ctx = context) {
  const { headers, rows } = parseCsv(text);
  return planImport('accounts', headers, rows, guessMapping('accounts', headers), ctx, existing);
}

describe('CSV parsing', () => {
  it('copes with BOM, CRLF, quoted commas, quotes and newlines, and blank trailing rows', () => {
    const { headers, rows } = parseCsv(salesforce);
    expect(headers[0]).toBe('Account Name');
    expect(rows[1]?.[0]).toBe('Beacon Health, Inc.');
    expect(rows[1]?.[4]).toBe('Health\r\ncare');
    expect(rows[2]?.[0]).toBe('Cobalt "Blue" Logistics');
  });
});

describe('mapping', () => {
  it('guesses Salesforce and HubSpot headers', () => {
    expect(guessMapping('accounts', ['Account Name', 'Account ID', 'Type', 'Annual Revenue', 'Contract End Date', 'Billing City'])).toEqual({
      'Account Name': 'name', 'Account ID': 'externalId', Type: 'segment', 'Annual Revenue': 'arr', 'Contract End Date': 'renewalDate', 'Billing City': '',
    });
    expect(guessMapping('contacts', ['First Name', 'Last Name', 'Email', 'Associated Company', 'Buying Role'])).toEqual({
      'First Name': 'firstName', 'Last Name': 'lastName', Email: 'email', 'Associated Company': 'account', 'Buying Role': 'role',
    });
  });
  it('names the required fields nothing is mapped to', () => {
    expect(missingRequired('accounts', { Foo: '' })).toEqual(['Name']);
    expect(missingRequired('contacts', { Company: 'account' })).toEqual(['Full name (or first and last name)']);
  });
});

describe('planning an import', () => {
  it('keeps the good rows and reports each bad one with its spreadsheet row, column and reason', () => {
    const p = plan(salesforce);
    expect(p.creates.map((r) => r.name)).toEqual(['Acme Robotics', 'Beacon Health, Inc.', 'Cobalt "Blue" Logistics']);
    expect(p.creates[0]).toMatchObject({ externalId: '001A1', segment: 'enterprise', arrMinor: 125_000_000, ownerId: 'tm-1', renewalDate: '2027-03-31' });
    expect(p.errors).toEqual([
      { rowNumber: 5, column: 'Account Name', value: '', message: 'Give the account a name' },
      { rowNumber: 6, column: 'Type', value: 'Gigantic', message: expect.stringContaining('not one of') },
      { rowNumber: 6, column: 'Contract End Date', value: '13/45/2026', message: expect.stringContaining('not a real date') },
    ]);
    expect(p.rejected).toEqual([3, 4]);
  });

  it('updates instead of duplicating on re-import, changing only what differs', () => {
    const first = plan(salesforce);
    const existing = first.creates.map((r, i) => ({ ...r, id: `a${i}` }));
    const again = plan(salesforce, existing);
    expect(again.creates).toEqual([]);
    expect(again.updates).toEqual([]);
    expect(again.unchanged).toBe(3);
    const changed = plan(salesforce.replace('$85,000.00', '$90,000.00'), existing);
    expect(changed.updates).toEqual([{ id: 'a1', patch: { arrMinor: 9_000_000 } }]);
  });

  it('rejects a second row for the same record in one file', () => {
    const p = plan('Account Name,Account ID\nAcme,1\nAcme again,1\n');
    expect(p.creates).toHaveLength(1);
    expect(p.errors[0]).toMatchObject({ rowNumber: 3, message: 'Same record as row 2; keep one of them' });
  });

  it('resolves stakeholders to accounts by CRM id or name, and reports unknown accounts', () => {
    const text = 'First Name,Last Name,Email,Associated Company,Buying Role\nMaria,Lopez,MARIA@g.example,Granite Works,Decision Maker\nNo,Company,n@x.example,Unknown Corp,user\nBad,Email,nope,9001,user\n';
    const { headers, rows } = parseCsv(text);
    const ctx = { ...context, accounts: [{ id: 'acc-g', name: 'Granite Works', externalId: '9001' }] };
    const p = planImport('contacts', headers, rows, guessMapping('contacts', headers), ctx, []);
    expect(p.creates).toEqual([expect.objectContaining({ accountId: 'acc-g', name: 'Maria Lopez', email: 'maria@g.example', role: 'decision_maker' })]);
    expect(p.errors.map((e) => [e.rowNumber, e.column, e.message])).toEqual([
      [3, 'Associated Company', 'No account with CRM id or name "Unknown Corp": import accounts first'],
      [4, 'Email', 'That is not an email address'],
    ]);
  });
});
