import { describe, expect, it } from 'vitest';
import { describeUnmatched, matchOwner, matchOwners, ownerKey } from './owner-matching';

const team = [
  { id: 'm1', name: 'José Núñez', email: 'jose@acme.example' },
  { id: 'm2', name: 'Ana Silva', email: 'ana@acme.example' },
  { id: 'm3', name: 'Sam Lee', email: '' },
  { id: 'm4', name: 'Sam Lee', email: 'sam.lee@acme.example' },
];

describe('owner matching', () => {
  it('ignores case, accents and spacing', () => {
    expect(ownerKey('  José   NÚÑEZ ')).toBe('jose nunez');
    expect(matchOwner('jose nunez', team)).toBe('m1');
    expect(matchOwner('ANA SILVA', team)).toBe('m2');
  });

  it('matches emails by email only', () => {
    expect(matchOwner('Ana@Acme.example', team)).toBe('m2');
    expect(matchOwner('ana@other.example', team)).toBeNull();
    expect(matchOwner('sam.lee@acme.example', team)).toBe('m4');
  });

  it('leaves an ambiguous name and an empty value unmatched', () => {
    expect(matchOwner('Sam Lee', team)).toBeNull();
    expect(matchOwner('   ', team)).toBeNull();
  });

  it('lists owners not on the team with their row counts, most rows first', () => {
    const values = ['Dana Whitfield', 'dana whitfield', 'Ana Silva', '', 'Lee Park', 'DANA WHITFIELD', 'ana silva'];
    const result = matchOwners(values, team);
    expect(result.matched.get('ana silva')).toBe('m2');
    expect(result.unmatched).toEqual([
      { key: 'dana whitfield', label: 'Dana Whitfield', rows: 3 },
      { key: 'lee park', label: 'Lee Park', rows: 1 },
    ]);
    expect(describeUnmatched(result.unmatched)).toBe('2 owners not on your team: Dana Whitfield (3 rows), Lee Park (1 row)');
    expect(describeUnmatched([])).toBe('Every owner in the file is on your team.');
  });
});
