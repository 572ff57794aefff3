import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { generatePortfolio } from '../../../shared/sample/portfolio';
import { data, db } from './instance';
import { readOpenConflictsByAccount } from './open-work';

const conflictOf = (id: string, entity: string, recordId: string, resolved = false) => ({
  id, entity, recordId, field: 'name', keptValue: 'A', lostValue: 'B', keptBy: 'u1', lostBy: 'u2',
  keptHlc: '2026-11-22T06:33:21.123Z-0000-0123456789abcdef', lostHlc: '2026-11-22T06:33:20.123Z-0000-0123456789abcdef',
  at: '2026-11-22T06:33:21.123Z', resolved, deleted: false,
});

describe('open conflicts per account', () => {
  it('counts conflicts of the account and of its stakeholders and commitments, not settled ones', async () => {
    const p = generatePortfolio({ accounts: 2 });
    await data.createMany('accounts', p.accounts);
    await data.createMany('contacts', p.contacts);
    const [first, second] = p.accounts;
    const contact = p.contacts.find((c) => c.accountId === second?.id);
    await db.conflicts.bulkPut([
      conflictOf('cf1', 'accounts', first?.id ?? ''),
      conflictOf('cf2', 'accounts', first?.id ?? '', true),
      conflictOf('cf3', 'contacts', contact?.id ?? ''),
      conflictOf('cf4', 'contacts', 'no-such-contact'),
    ]);
    const counts = await readOpenConflictsByAccount();
    expect(Object.fromEntries(counts)).toEqual({ [first?.id ?? '']: 1, [second?.id ?? '']: 1 });
  });
});
