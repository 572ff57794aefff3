import { describe, expect, it } from 'vitest';
import { emptyAccountFilter, type AccountRow } from '../account-list';
import { accountsByFilter, matchPastedAccounts } from './account-selection';
import { testAccount } from './fixtures.test-support';

const accounts = [
  testAccount('a1', { name: 'Northwind Foods', externalId: 'CRM-1', segment: 'enterprise', tags: ['Payments'] }),
  testAccount('a2', { name: 'Acme Robotics', externalId: 'CRM-2', segment: 'smb', tags: ['Payments', 'beta'] }),
  testAccount('a3', { name: 'Blue Harbor', externalId: 'CRM-3', segment: 'smb', tags: ['Analytics'] }),
  testAccount('a4', { name: 'Gone Ltd', externalId: 'CRM-4', tags: ['Payments'], deleted: true }),
];
const rows: AccountRow[] = accounts.map((account) => ({ account, stakeholderNames: [], openEscalations: 0, severeEscalations: 0, overdueCommitments: 0, lastTouchAt: null }));

describe('choosing affected accounts', () => {
  it('by tag/product, narrowed by segment, never deleted ones, in name order', () => {
    expect(accountsByFilter(rows, { view: null, segments: [], tags: ['Payments'] }, '2026-11-28').map((a) => a.name)).toEqual(['Acme Robotics', 'Northwind Foods']);
    expect(accountsByFilter(rows, { view: null, segments: ['smb'], tags: ['Payments'] }, '2026-11-28').map((a) => a.id)).toEqual(['a2']);
  });

  it('by a saved view, whose filter a chosen segment replaces', () => {
    const view = { ...emptyAccountFilter, segments: ['enterprise'] };
    expect(accountsByFilter(rows, { view, segments: [], tags: [] }, '2026-11-28').map((a) => a.id)).toEqual(['a1']);
    expect(accountsByFilter(rows, { view, segments: ['smb'], tags: [] }, '2026-11-28').map((a) => a.id)).toEqual(['a2', 'a3']);
  });

  it('by pasted names or CRM ids, ignoring case, quotes and blank lines, and lists the lines that matched nothing', () => {
    const result = matchPastedAccounts('northwind foods\n  CRM-3 \n\n"Acme Robotics"\nCRM-1\nNo Such Co\nGone Ltd\r\n', accounts);
    expect(result.accounts.map((a) => a.id)).toEqual(['a1', 'a3', 'a2']);
    expect(result.unmatched).toEqual(['No Such Co', 'Gone Ltd']);
  });
});
