import { describe, expect, it } from 'vitest';
import { openConflictsByAccount } from './conflict-badges';

const conflict = (entity: string, recordId: string, resolved = false) => ({ entity, recordId, resolved, deleted: false });

describe('conflict badges', () => {
  it('counts open conflicts for the account they concern, directly or through its records', () => {
    const accountOf = (entity: string, id: string) => ({ 'contacts:c1': 'a1', 'commitments:k1': 'a2', 'teamMembers:t1': null } as Record<string, string | null>)[`${entity}:${id}`];
    const counts = openConflictsByAccount([
      conflict('accounts', 'a1'), conflict('contacts', 'c1'), conflict('commitments', 'k1'),
      conflict('accounts', 'a1', true), conflict('teamMembers', 't1'), conflict('touches', 'gone'),
    ], accountOf);
    expect(Object.fromEntries(counts)).toEqual({ a1: 2, a2: 1 });
  });
});
