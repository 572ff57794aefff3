import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv-rows';
import { describeFormat, detectDateOrder, detectDecimalMark, inferColumnFormats } from './column-formats';

describe('deciding how a column writes dates and numbers', () => {
  it('reads day-first when a day over 12 appears, month-first when a second number does, and asks when nothing tells', () => {
    expect(detectDateOrder(['01/12/2026', '31/03/2027'])).toEqual({ order: 'dmy', decided: true });
    expect(detectDateOrder(['12/01/2026', '3/31/2027'])).toEqual({ order: 'mdy', decided: true });
    expect(detectDateOrder(['15.03.2019', '01.07.2021'])).toEqual({ order: 'dmy', decided: true });
    expect(detectDateOrder(['01.07.2021'])).toEqual({ order: 'dmy', decided: true });
    expect(detectDateOrder(['3/4/2027', '12/1/2026'])).toEqual({ order: 'mdy', decided: false });
    expect(detectDateOrder(['2027-03-31'])).toEqual({ order: 'mdy', decided: true });
  });

  it('decides the decimal mark per column from its values', () => {
    expect(detectDecimalMark(['1.250.000,50 €', '12.000 €', '1.250 €'])).toEqual({ mark: ',', decided: true });
    expect(detectDecimalMark(['$1,250,000.50', '$12,000', '1,250'])).toEqual({ mark: '.', decided: true });
    expect(detectDecimalMark(['42000', '9000'])).toEqual({ mark: '.', decided: true });
    expect(detectDecimalMark(['1.250', '12.000'])).toEqual({ mark: '.', decided: false });
  });

  it('gives each mapped date and money column its reading, said in words', () => {
    const { rows } = parseCsv('Name;ARR;Renewal\nA;1.250.000,50 €;01/12/2026\nB;85.000,00 €;31/03/2027\n');
    const formats = inferColumnFormats('accounts', rows, ['name', 'arrMinor', 'renewalDate']);
    expect(formats).toEqual({ 1: { kind: 'number', mark: ',', decided: true }, 2: { kind: 'date', order: 'dmy', decided: true } });
    expect(describeFormat({ kind: 'date', order: 'dmy', decided: true })).toBe('dates read as day/month/year');
  });
});
