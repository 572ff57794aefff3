import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from './csv-rows';

const fixture = (name: string) => readFileSync(new URL(`../../test/fixtures/csv/${name}`, import.meta.url), 'utf8');

describe('reading CSV exports', () => {
  it('copes with a BOM, CRLF, quoted commas, quotes and newlines, and blank rows', () => {
    const { headers, rows } = parseCsv(fixture('messy-bom-crlf.csv'));
    expect(headers[0]).toBe('Account name');
    expect(rows.map((r) => r.cells[0])).toEqual(['Lumen Labs', 'Meridian "North" Bank', 'Nimbus Cloud']);
    expect(rows[0]?.cells[7]).toBe('Research,\r\nand Development');
    // Row numbers as a spreadsheet shows them: header is row 1, blank rows still count.
    expect(rows.map((r) => r.rowNumber)).toEqual([2, 3, 5]);
  });

  it('reads Salesforce and HubSpot exports', () => {
    const sf = parseCsv(fixture('salesforce-accounts-export.csv'));
    expect(sf.headers).toContain('Account Name');
    expect(sf.rows[2]?.cells[0]).toBe('Cobalt "Blue" Logistics');
    const hs = parseCsv(fixture('hubspot-companies-export.csv'));
    expect(hs.rows).toHaveLength(4);
  });

  it('writes CSV that reads back the same', () => {
    const text = toCsv(['A', 'B'], [['x, y', 'say "hi"'], ['line\nbreak', '']]);
    expect(parseCsv(text).rows.map((r) => r.cells)).toEqual([['x, y', 'say "hi"'], ['line\nbreak', '']]);
  });
});
