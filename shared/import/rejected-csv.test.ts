import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv-rows';
import { rejectedRowsCsv } from './rejected-csv';

describe('the rejected-rows CSV', () => {
  it('neutralises formulas from the imported file, and reads back the cells as they were', () => {
    const cells = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2'];
    const csv = rejectedRowsCsv(['Name', 'Tier', 'Value'], [{ rowNumber: 2, cells, errors: [{ rowNumber: 2, column: 'Tier', value: '+1+1', message: 'not a tier' }] }]);
    expect(csv).toContain(`"'=HYPERLINK(`);
    expect(csv).toContain("'+1+1,-2,");
    expect(parseCsv(csv).rows[0]?.cells.slice(0, 3)).toEqual(cells);
  });
});
