import { describe, expect, it } from 'vitest';
import { generatePortfolio } from './portfolio';
import { isSampleRecordId } from './sample-ids';

describe('sample record ids', () => {
  it('recognises every id the generator makes, and not app-made ids', () => {
    const p = generatePortfolio({ accounts: 5 });
    for (const rows of Object.values(p)) for (const row of rows) expect(isSampleRecordId(row.id), row.id).toBe(true);
    expect(isSampleRecordId('0193a5c2-7f1e-7b3a-9c1d-2e4f5a6b7c8d')).toBe(false);
    expect(isSampleRecordId('account-7-1')).toBe(false);
  });
});
