import { describe, expect, it } from 'vitest';
import { generatePortfolio } from '../sample/portfolio';
import { parseCsv } from '../import/csv';
import { guessMapping } from '../import/mapping';
import { planImport } from '../import/plan-import';
import { accountsCsv } from './accounts-csv';

describe('accounts export', () => {
  it('writes a CSV that the importer reads back into the same accounts', () => {
    const accounts = generatePortfolio({ accounts: 25 }).accounts;
    const rows = accounts.map((account) => ({ account, stakeholderNames: [], openEscalations: 0, severeEscalations: 0, overdueCommitments: 0, lastTouchAt: null }));
    const { headers, rows: cells } = parseCsv(accountsCsv(rows, () => ''));
    const plan = planImport('accounts', headers, cells, guessMapping('accounts', headers), { accounts: [], members: [], contacts: [], now: '2026-11-22T00:00:00.000Z' }, []);
    expect(plan.errors).toEqual([]);
    expect(plan.creates.map((c) => [c.name, c.arrMinor, c.renewalDate, c.segment, c.tags])).toEqual(accounts.map((a) => [a.name, a.arrMinor, a.renewalDate, a.segment, a.tags]));
  });
});
