import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv-rows';
import { importFields } from './fields';
import { guessEnumValue, guessValueMaps, mapEnumValue, picklistColumns, unmappedMessage } from './picklists';

const segment = importFields.accounts.find((f) => f.key === 'segment')!;

describe('picklist values', () => {
  it('guesses the obvious values and leaves the rest to the user', () => {
    expect(['Enterprise', 'ENT', 'Mid-Market', 'mid market', 'Small business', 'SMB', 'Customer - Direct'].map((v) => guessEnumValue(segment, v)))
      .toEqual(['enterprise', 'enterprise', 'mid_market', 'mid_market', 'smb', 'smb', null]);
  });

  it('lists the distinct values of each picklist column with their counts, most frequent first', () => {
    const { headers, rows } = parseCsv('Name,Size\nA,ENT\nB,Mid-Market\nC,ent\nD,Huge\nE,\n');
    const columns = picklistColumns('accounts', headers, rows, ['name', 'segment']);
    expect(columns.map((c) => [c.header, c.field.key])).toEqual([['Size', 'segment']]);
    expect(columns[0]?.values).toEqual([
      { text: 'ENT', key: 'ent', count: 2, guess: 'enterprise' },
      { text: 'Huge', key: 'huge', count: 1, guess: null },
      { text: 'Mid-Market', key: 'mid_market', count: 1, guess: 'mid_market' },
    ]);
    const maps = guessValueMaps(columns);
    expect(maps).toEqual({ segment: { ent: 'enterprise', huge: '', mid_market: 'mid_market' } });
    expect(mapEnumValue(segment, 'Huge', maps)).toBeNull();
    expect(mapEnumValue(segment, 'Huge', { segment: { huge: 'enterprise' } })).toBe('enterprise');
    expect(mapEnumValue(segment, 'ENT', { segment: { ent: '' } })).toBeNull();
  });

  it('explains an unmapped value in the user\'s words, never our internal names', () => {
    expect(unmappedMessage(segment, 'Customer - Direct', 'smb'))
      .toBe('"Customer - Direct" is not a segment: choose Small business, Mid-market or Enterprise, or it stays Small business');
  });
});
