import { describe, expect, it } from 'vitest';
import { parseCsv } from '../import/csv-rows';
import { planImport } from '../import/import-plan';
import { guessMapping } from '../import/column-mapping';
import { generatePortfolio } from '../sample/portfolio';
import { accountCsvFiles } from './account-csv-files';
import { accountsToCsv } from './records-csv';

const portfolio = generatePortfolio({ accounts: 20, usageWeeks: 3 });
const ctx = (existing: unknown[]) => ({
  accounts: portfolio.accounts, existing: existing as never, teamMembers: portfolio.teamMembers,
  now: '2026-11-22T10:00:00.000Z', newId: () => 'x',
}) as never;

describe('exporting CSV', () => {
  it('writes accounts with human labels, decimal money and ISO dates', () => {
    const csv = accountsToCsv(portfolio.accounts.slice(0, 1), portfolio.teamMembers);
    const { headers, rows } = parseCsv(csv);
    expect(headers).toEqual(['Account name', 'Account ID', 'Segment', 'Tier', 'Annual contract value', 'Currency', 'Renewal date', 'Lifecycle stage', 'Owner', 'Industry', 'Tags', 'Created',
      'Website', 'Phone', 'Billing city', 'Billing country', 'Description']);
    const a = portfolio.accounts[0];
    expect(rows[0]?.cells[4]).toBe(((a?.arrMinor ?? 0) / 100).toFixed(2));
    expect(rows[0]?.cells[6]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('round-trips: an exported list re-imports as all unchanged', () => {
    const csv = accountsToCsv(portfolio.accounts, portfolio.teamMembers);
    const { headers, rows } = parseCsv(csv);
    const plan = planImport('accounts', headers, rows, guessMapping('accounts', headers, 'custom'), ctx(portfolio.accounts));
    expect(plan).toMatchObject({ creates: [], updates: [], rejected: [], unchanged: 20 });
  });

  it('exports a whole account as one re-importable CSV per kind', () => {
    const account = portfolio.accounts[0];
    if (!account) throw new Error('no account');
    const mine = <T extends { accountId: string }>(rows: T[]) => rows.filter((r) => r.accountId === account.id);
    const files = accountCsvFiles({
      account, contacts: mine(portfolio.contacts), touches: mine(portfolio.touches), tickets: mine(portfolio.tickets),
      usagePoints: mine(portfolio.usagePoints), surveyResponses: mine(portfolio.surveyResponses),
    }, portfolio.teamMembers);
    expect(files[0]?.fileName).toMatch(/-account\.csv$/);
    const byKind = { contacts: portfolio.contacts, touches: portfolio.touches, tickets: portfolio.tickets, usagePoints: portfolio.usagePoints, surveyResponses: portfolio.surveyResponses };
    for (const file of files.slice(1)) {
      if (file.kind === 'accounts') continue;
      const { headers, rows } = parseCsv(file.contents);
      const existing = mine(byKind[file.kind] as { accountId: string }[]);
      const plan = planImport(file.kind, headers, rows, guessMapping(file.kind, headers, 'custom'), ctx(existing));
      expect({ kind: file.kind, creates: plan.creates.length, updates: plan.updates, rejected: plan.rejected }).toEqual({ kind: file.kind, creates: 0, updates: [], rejected: [] });
    }
    expect(files.map((f) => f.kind)).toContain('contacts');
  });

  it('neutralises spreadsheet formulas, and the importer reads the original values back', () => {
    const [first, second] = portfolio.accounts;
    if (!first || !second) throw new Error('no accounts');
    const hostile = [
      { ...first, name: '=HYPERLINK("http://evil.example","Click")', industry: '@SUM(A1:A9)', tags: ['+1+1'] },
      { ...second, name: '-2+3 Corp', industry: "'=already quoted" },
    ];
    const csv = accountsToCsv(hostile, portfolio.teamMembers);
    const cells = csv.split(/\r\n/).flatMap((line) => line.split(',')).map((c) => c.replace(/^"/, ''));
    expect(cells.filter((c) => /^[=+@]/.test(c) || /^-\D/.test(c))).toEqual([]);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
    expect(csv).toContain("'@SUM(A1:A9)");
    const { headers, rows } = parseCsv(csv);
    expect(rows[0]?.cells[0]).toBe('=HYPERLINK("http://evil.example","Click")');
    const plan = planImport('accounts', headers, rows, guessMapping('accounts', headers, 'custom'), ctx(hostile));
    expect(plan).toMatchObject({ creates: [], updates: [], rejected: [], unchanged: 2 });
  });

  it('keeps negative numbers as numbers through an export and re-import', () => {
    const account = portfolio.accounts[0];
    const point = portfolio.usagePoints.find((p) => p.accountId === account?.id);
    if (!account || !point) throw new Error('no usage');
    const changed = { ...point, value: -2, metric: '=cmd|/C calc!A0' };
    const files = accountCsvFiles({ account, contacts: [], touches: [], tickets: [], usagePoints: [changed], surveyResponses: [] }, portfolio.teamMembers);
    const usage = files.find((f) => f.kind === 'usagePoints');
    if (!usage) throw new Error('no usage file');
    expect(usage.contents).toMatch(/,-2(\r\n|$)/);
    expect(usage.contents).toContain("'=cmd|/C calc!A0");
    const { headers, rows } = parseCsv(usage.contents);
    const plan = planImport('usagePoints', headers, rows, guessMapping('usagePoints', headers, 'custom'), ctx([changed]));
    expect(plan).toMatchObject({ creates: [], updates: [], rejected: [], unchanged: 1 });
    const fresh = planImport('usagePoints', headers, rows, guessMapping('usagePoints', headers, 'custom'), ctx([]));
    expect(fresh.creates[0]).toMatchObject({ value: -2, metric: '=cmd|/C calc!A0' });
  });
});
