import { expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../src/sync/pull-cursor';
import { describeEachDatabase } from './support/databases';
import { createTeam, fieldValue, useHarness, withoutMembers } from './support/harness';
import { entityFields } from '../../shared/domain/entities';

describeEachDatabase('pull', (variant) => {
  const h = useHarness(variant);

  it('returns a full snapshot, then only what changed, and the same cursor at the head', async () => {
    const { admin, addUser } = await createTeam(h);
    const other = await addUser('member');
    const v0 = await admin.teamVersion();
    await admin.push([
      { id: 'a', fields: { name: ['A', 0], industry: ['Retail', 0] } },
      { id: 'b', fields: { name: ['B', 0] } },
    ]);
    const first = await other.pull();
    // A create carries every field: those not given get their defaults.
    const allFields = Object.keys(entityFields.accounts).sort();
    expect(withoutMembers(first.changes).map((c) => [c.id, Object.keys(c.fields).sort()])).toEqual([['a', allFields], ['b', allFields]]);
    expect(first.more).toBe(false);
    const idle = await other.pull(first.cursor);
    expect(idle).toMatchObject({ changes: [], more: false, cursor: first.cursor, lastMutationId: 0 });
    await admin.push([{ id: 'a', fields: { industry: ['Health', 1] } }]);
    const next = await other.pull(first.cursor);
    expect(next.changes).toEqual([{ entity: 'accounts', id: 'a', space: 'team', fields: { industry: expect.objectContaining({ value: 'Health', version: v0 + 3 }) } }]);
  });

  it('pages by record and never cuts a record short, even while it is written during the pull', async () => {
    const { admin, addUser } = await createTeam(h);
    const reader = await addUser('viewer');
    // From the head: the users' member records are already known.
    const start = (await reader.pullAll()).cursor;
    // Record r0 gets an early field and a late field: its greatest version puts it on a later page.
    await admin.push([{ id: 'r0', fields: { name: ['R0', 0] } }]);
    for (let i = 1; i <= 6; i += 1) await admin.push([{ id: `r${i}`, fields: { name: [`R${i}`, 0] } }]);
    await admin.push([{ id: 'r0', fields: { industry: ['Late', 0] } }]);
    const page1 = await reader.pull(start, 3);
    expect(page1.more).toBe(true);
    expect(page1.changes.map((c) => c.id)).toEqual(['r1', 'r2', 'r3']);
    // A write during the paged pull: r2 comes again later, r5 is not skipped.
    await admin.push([{ id: 'r2', fields: { industry: ['Changed', 0] } }]);
    const rest = await reader.pullAll(page1.cursor, 3);
    const all = [...page1.changes, ...rest.changes];
    expect(rest.changes.map((c) => c.id)).toEqual(['r4', 'r5', 'r6', 'r0', 'r2']);
    const r0 = rest.changes.find((c) => c.id === 'r0');
    expect(Object.keys(r0?.fields ?? {}).sort()).toEqual(Object.keys(entityFields.accounts).sort());
    expect(fieldValue(all, 'accounts', 'r2', 'industry')).toBe('Changed');
    const head = await reader.pull(rest.cursor);
    expect(head).toMatchObject({ changes: [], more: false, cursor: rest.cursor });
  });

  it('treats limits above 5000 as 5000 and refuses limits below 1', async () => {
    const { admin } = await createTeam(h);
    await admin.push([{ id: 'one', fields: { name: ['One', 0] } }]);
    expect(withoutMembers((await admin.pull(null, 1_000_000)).changes)).toHaveLength(1);
    for (const limit of [0, -1, 1.5, '10']) {
      const res = await admin.request('POST', '/v1/sync/pull', { clientId: admin.clientId, cursor: null, limit });
      expect(res.statusCode).toBe(400);
    }
  });

  it('never returns another team\u2019s records, even with a cursor of theirs', async () => {
    const mine = await createTeam(h);
    const theirs = await createTeam(h);
    await theirs.admin.push([{ id: 'shared-id', fields: { name: ['Theirs', 0] } }]);
    await mine.admin.push([{ id: 'shared-id', fields: { name: ['Mine', 0] } }]);
    const pulled = await mine.admin.pull();
    expect(withoutMembers(pulled.changes)).toHaveLength(1);
    expect(fieldValue(pulled.changes, 'accounts', 'shared-id', 'name')).toBe('Mine');
    const theirCursor = (await theirs.admin.pull()).cursor;
    const res = await mine.admin.request('POST', '/v1/sync/pull', { clientId: mine.admin.clientId, cursor: theirCursor });
    expect(res.statusCode).toBe(410);
    expect(fieldValue((await theirs.admin.pull()).changes, 'accounts', 'shared-id', 'name')).toBe('Theirs');
  });

  it('answers 410 cursor_expired to a cursor from another server or ahead of its data', async () => {
    const { admin } = await createTeam(h);
    await admin.push([{ id: 'x', fields: { name: ['X', 0] } }]);
    const real = decodeCursor((await admin.pull()).cursor);
    if (!real) throw new Error('undecodable cursor');
    for (const cursor of [
      encodeCursor({ ...real, server: 'another-server' }),
      encodeCursor({ ...real, start: 99, after: 99 }),
      'bm90IGEgY3Vyc29y',
    ]) {
      const res = await admin.request('POST', '/v1/sync/pull', { clientId: admin.clientId, cursor });
      expect(res.statusCode).toBe(410);
      expect(res.json()).toMatchObject({ error: { code: 'cursor_expired' } });
    }
  });

  it('reports the last processed mutation of the pulling installation', async () => {
    const { admin } = await createTeam(h);
    await admin.push([{ id: 'm', fields: { name: ['M', 0] } }, { id: 'm', fields: { name: ['N', 1] } }]);
    expect((await admin.pull()).lastMutationId).toBe(2);
  });
});
