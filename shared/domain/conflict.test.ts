import { describe, expect, it } from 'vitest';
import { conflictAuthor } from './conflict';

const members = [
  { id: 'u-dana', userId: 'u-dana', name: 'Dana Whitfield' },
  { id: 'm-local', userId: null, name: 'Priya (no login)' },
  { id: 'mem-7', userId: 'u-omar', name: 'Omar Haddad' },
];

describe('who made the other edit', () => {
  it('names the member whose login wrote it, "you" for this user, "a teammate" when unknown', () => {
    expect(conflictAuthor('u-dana', 'u-me', members)).toBe('Dana Whitfield');
    expect(conflictAuthor('u-omar', 'u-me', members)).toBe('Omar Haddad');
    expect(conflictAuthor('u-me', 'u-me', members)).toBe('you');
    expect(conflictAuthor('u-gone', 'u-me', members)).toBe('a teammate');
    expect(conflictAuthor(null, 'u-me', members)).toBe('a teammate');
  });
});
