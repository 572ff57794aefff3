import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { generatePortfolio } from '../../../shared/sample/portfolio';
import { createDataLayer } from './data-layer';
import { createDb } from './db';
import { hasSamplePortfolio, removeSamplePortfolio } from './sample-data';

describe('removing the sample portfolio before joining a team', () => {
  it('keeps the user\'s own records and their edits, drops the sample and what was recorded on it, and renumbers the outbox', async () => {
    const db = createDb('sample-removal');
    const data = createDataLayer(db);
    const p = generatePortfolio({ accounts: 4 });
    for (const [entity, rows] of Object.entries(p)) await data.createMany(entity as never, rows as never);
    const sampleAccount = p.accounts[0]!;
    const mine = await data.create('accounts', { ...sampleAccount, name: 'My real customer' } as never);
    await data.create('touches', { accountId: sampleAccount.id, contactId: null, kind: 'call', summary: 'On a sample account', details: '', at: '2026-11-22T10:00:00.000Z', authorId: null, deleted: false });
    await data.create('touches', { accountId: mine, contactId: null, kind: 'call', summary: 'Kick-off', details: '', at: '2026-11-22T10:00:00.000Z', authorId: null, deleted: false });
    await data.update('accounts', mine, { tier: 'tier_1' });
    expect(await hasSamplePortfolio(db)).toBe(true);

    await removeSamplePortfolio(db);

    expect(await hasSamplePortfolio(db)).toBe(false);
    expect((await db.accounts.toArray()).map((a) => a.name)).toEqual(['My real customer']);
    expect((await db.touches.toArray()).map((t) => t.summary)).toEqual(['Kick-off']);
    const outbox = await db.outbox.orderBy('mutationId').toArray();
    expect(outbox.map((m) => [m.mutationId, m.entity])).toEqual([[1, 'accounts'], [2, 'touches'], [3, 'accounts']]);
    const next = await data.create('accounts', { ...sampleAccount, name: 'Another' } as never);
    expect((await db.outbox.orderBy('mutationId').last())).toMatchObject({ mutationId: 4, id: next });
  });
});
