import { describe, expect, it } from 'vitest';
import { neutralizeCsvCell, restoreCsvCell } from './csv-cell';

describe('CSV cells safe for spreadsheets', () => {
  it('puts a quote in front of cells a spreadsheet would run as a formula', () => {
    expect(neutralizeCsvCell('=HYPERLINK("http://evil.example","Click")')).toBe('\'=HYPERLINK("http://evil.example","Click")');
    expect(neutralizeCsvCell('+1+1')).toBe("'+1+1");
    expect(neutralizeCsvCell('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)");
    expect(neutralizeCsvCell('-2+3')).toBe("'-2+3");
    expect(neutralizeCsvCell('\t=1')).toBe("'\t=1");
    expect(neutralizeCsvCell('\r=1')).toBe("'\r=1");
  });

  it('keeps plain numbers, ordinary text and dates as they are', () => {
    for (const text of ['-2', '+1', '-150.00', '.5', 'Acme = best', 'a-b', '2026-11-22', '', "O'Brien"]) expect(neutralizeCsvCell(text)).toBe(text);
  });

  it('gives back exactly the original value, even one that starts with quotes', () => {
    const values = ['=1+1', '+1+1', '@SUM(A1)', '-2', '-2+3', "'=1", "''+x", "'plain", 'plain', '', '\t', '-', "'-2"];
    for (const value of values) expect(restoreCsvCell(neutralizeCsvCell(value))).toBe(value);
  });

  it('undoes only its own quote: ordinary quoted text is read as is', () => {
    expect(restoreCsvCell("'quoted'")).toBe("'quoted'");
    expect(restoreCsvCell("'=1")).toBe('=1');
  });
});
