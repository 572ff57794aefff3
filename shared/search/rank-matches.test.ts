import { describe, expect, it } from 'vitest';
import { matchScore, rankMatches } from './rank-matches';

const names = (texts: string[]) => texts.map((text) => ({ text, item: text }));

describe('palette ranking', () => {
  it('puts the exact match first, then prefixes, then word starts, then anything containing it', () => {
    const ranked = rankMatches(names(['Acme Logistics', 'Northwind Acme', 'Lacme Ltd', 'Acme', 'Go to Accounts']), 'acme');
    expect(ranked).toEqual(['Acme', 'Acme Logistics', 'Northwind Acme', 'Lacme Ltd']);
  });

  it('ignores case and surrounding spaces, and drops what does not match', () => {
    expect(matchScore('Send the SSO roadmap', '  sso ')).toBe(2);
    expect(matchScore('Contoso', 'fabrikam')).toBeNull();
    expect(matchScore('ACME', 'acme')).toBe(0);
  });

  it('keeps the given order for an empty query and among equals (shorter first)', () => {
    expect(rankMatches(names(['b', 'a', 'c']), '')).toEqual(['b', 'a', 'c']);
    expect(rankMatches(names(['Renewal plans', 'Renewal', 'Renewal call']), 'renewal')).toEqual(['Renewal', 'Renewal call', 'Renewal plans']);
    expect(rankMatches(names(['x1', 'x2', 'x3']), 'x', 2)).toEqual(['x1', 'x2']);
  });
});
