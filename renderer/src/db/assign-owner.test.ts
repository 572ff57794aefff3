import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { assignOwner } from './assign-owner';
import { data, db } from './instance';

describe('assigning an owner to many records', () => {
  it('changes every owner in one step and undoes them all, each as one outbox batch', async () => {
    const ana = await data.create('teamMembers', { name: 'Ana', role: 'lead' });
    const ben = await data.create('teamMembers', { name: 'Ben', role: 'specialist' });
    const ids = [
      await data.create('accounts', { name: 'Acme', ownerId: ana }),
      await data.create('accounts', { name: 'Globex', ownerId: null }),
      await data.create('accounts', { name: 'Initech', ownerId: ben }),
    ];
    const outboxBefore = await db.outbox.count();
    const { count, undo } = await assignOwner('accounts', ids, ben);
    expect(count).toBe(3);
    expect((await db.accounts.bulkGet(ids)).map((a) => a?.ownerId)).toEqual([ben, ben, ben]);
    // Only the two that changed are pushed.
    expect(await db.outbox.count()).toBe(outboxBefore + 2);
    await undo();
    expect((await db.accounts.bulkGet(ids)).map((a) => a?.ownerId)).toEqual([ana, null, ben]);
  });
});
