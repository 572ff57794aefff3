import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { guessMapping } from './mapping';
import { planImport } from './plan-import';
import { rejectedRowsCsv } from './rejected-rows';

describe('rejected rows', () => {
  it('round-trip to a CSV that keeps the original cells and says why', () => {
    const text = 'Account Name,Type\nGood Co,SMB\n,SMB\n"Odd, Inc.",Huge\n';
    const { headers, rows } = parseCsv(text);
    const plan = planImport('accounts', headers, rows, guessMapping('accounts', headers), { accounts: [], members: [], contacts: [], now: '2026-11-22T00:00:00.000Z' }, []);
    const csv = parseCsv(rejectedRowsCsv(headers, rows, plan.rejected, plan.errors));
    expect(csv.headers).toEqual(['Account Name', 'Type', 'Row', 'Error']);
    expect(csv.rows.filter((r) => r.some(Boolean))).toEqual([
      ['', 'SMB', '3', 'Account Name: Give the account a name'],
      ['Odd, Inc.', 'Huge', '4', expect.stringContaining('Type: "Huge" is not one of')],
    ]);
  });
});
