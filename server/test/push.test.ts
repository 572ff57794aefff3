import { expect, it } from 'vitest';
import { describeEachDatabase } from './support/databases';
import { createTeam, fieldValue, TestClient, unique, useHarness, withoutMembers } from './support/harness';
import { newRecordFields } from '../../shared/domain/record-defaults';

describeEachDatabase('push', (variant) => {
  const h = useHarness(variant);

  it('applies a new record, numbers versions per team and reports the last mutation id', async () => {
    const { admin } = await createTeam(h);
    const v0 = await admin.teamVersion();
    const res = await admin.push([
      { id: 'acc-1', fields: { name: ['Northwind Health', 0], deleted: [false, 0] } },
      { id: 'acc-2', fields: { name: ['Contoso', 0] } },
    ]);
    expect(res.lastMutationId).toBe(2);
    expect(res.results).toEqual([
      { mutationId: 1, status: 'applied', version: v0 + 1 },
      { mutationId: 2, status: 'applied', version: v0 + 2 },
    ]);
    expect(Date.parse(res.serverTime)).not.toBeNaN();
    const pulled = await admin.pull();
    expect(pulled.lastMutationId).toBe(2);
    const accounts = withoutMembers(pulled.changes);
    expect(accounts.map((c) => c.id)).toEqual(['acc-1', 'acc-2']);
    expect(accounts[0]?.fields.name).toMatchObject({ value: 'Northwind Health', version: v0 + 1 });
  });

  it('stores every kind of value as written: null, false, 0, empty and nested lists, and several writes of one record in one push', async () => {
    const { admin } = await createTeam(h);
    const v0 = await admin.teamVersion();
    const res = await admin.push([
      { id: 'acc-n', fields: { name: ['Null and friends', 0], externalId: [null, 0], renewalDate: [null, 0], arrMinor: [0, 0], deleted: [false, 0], tags: [[], 0] } },
      { id: 'acc-n', fields: { tags: [['renewal', 'q4'], 1] } },
      { id: 'acc-n', fields: { name: ['Renamed in the same push', 2] } },
    ]);
    expect(res.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    const [record] = withoutMembers((await admin.pull()).changes);
    const values = Object.fromEntries(Object.entries(record?.fields ?? {}).map(([field, f]) => [field, f.value]));
    const given = { name: 'Renamed in the same push', externalId: null, renewalDate: null, arrMinor: 0, deleted: false, tags: ['renewal', 'q4'] };
    expect(values).toEqual(newRecordFields('accounts', given, String(values.createdAt)));
    expect(record?.fields.tags?.version).toBe(v0 + 2);
    expect(record?.fields.externalId?.version).toBe(v0 + 1);
  });

  it('acknowledges duplicates, and holds back everything after a gap', async () => {
    const { admin } = await createTeam(h);
    await admin.push([{ id: 'a', fields: { name: ['One', 0] } }]);
    const again = await admin.push([
      { id: 'a', fields: { name: ['One again', 0] }, mutationId: 1 },
      { id: 'a', fields: { name: ['Three', 0] }, mutationId: 3 },
      { id: 'a', fields: { name: ['Two', 0] }, mutationId: 2 },
    ]);
    expect(again.results.map((r) => r.status)).toEqual(['duplicate', 'out_of_order', 'out_of_order']);
    expect(again.lastMutationId).toBe(1);
    expect(fieldValue((await admin.pull()).changes, 'accounts', 'a', 'name')).toBe('One');
    const ordered = await admin.push([
      { id: 'a', fields: { name: ['Two', 1] }, mutationId: 2 },
      { id: 'a', fields: { name: ['Three', 2] }, mutationId: 3 },
    ]);
    expect(ordered.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    expect(fieldValue((await admin.pull()).changes, 'accounts', 'a', 'name')).toBe('Three');
  });

  it('keeps mutation ids per user and installation', async () => {
    const team = await createTeam(h);
    const member = await team.addUser('member');
    const laptop = new TestClient(h, member.user, member.token, team.admin.clientId);
    expect((await team.admin.push([{ id: 'x', fields: { name: ['From admin', 0] } }])).results[0]?.status).toBe('applied');
    expect((await laptop.push([{ id: 'y', fields: { name: ['From member', 0] } }])).results[0]?.status).toBe('applied');
  });

  it('fixes a record\u2019s space on its first mutation and rejects the other space', async () => {
    const { admin } = await createTeam(h);
    await admin.push([{ id: 'p', space: 'private', entity: 'commitments', fields: { title: ['Call back', 0] } }]);
    const res = await admin.push([{ id: 'p', space: 'team', entity: 'commitments', fields: { title: ['Shared?', 1] } }]);
    expect(res.results[0]).toMatchObject({ status: 'rejected', reason: 'space_mismatch' });
    expect(res.lastMutationId).toBe(2);
    expect(fieldValue((await admin.pull()).changes, 'commitments', 'p', 'title')).toBe('Call back');
  });

  it('forbids writing another user\u2019s private record and hides it', async () => {
    const team = await createTeam(h);
    const other = await team.addUser('member');
    await team.admin.push([{ id: 'secret', space: 'private', entity: 'commitments', fields: { title: ['Mine', 0] } }]);
    for (const space of ['private', 'team'] as const) {
      const res = await other.push([{ id: 'secret', space, entity: 'commitments', fields: { title: ['Theirs', 0] } }]);
      expect(res.results[0]).toMatchObject({ status: 'rejected', reason: 'forbidden' });
    }
    expect(withoutMembers((await other.pull()).changes)).toEqual([]);
    expect(fieldValue((await team.admin.pull()).changes, 'commitments', 'secret', 'title')).toBe('Mine');
  });

  it('rejects one bad mutation without blocking the others', async () => {
    const { admin } = await createTeam(h);
    const future = new Date(h.clock.ms + 25 * 3600_000).toISOString();
    const res = await admin.push([
      { id: 'ok-1', fields: { name: ['Fine', 0] } },
      { id: 'bad', entity: 'planets', fields: { name: ['Mars', 0] } },
      { id: 'bad', fields: { colour: ['red', 0] } },
      { id: 'bad', fields: { name: ['', 0] } },
      { id: 'bad', fields: { name: ['x'.repeat(201), 0] } },
      { id: 'bad', fields: { name: ['Late', 0] }, hlc: `${future}-0000-0123456789abcdef` },
      { id: 'bad', fields: { name: ['Bad clock', 0] }, hlc: 'yesterday' },
      { id: 'bad id!', fields: { name: ['Bad id', 0] } },
      { id: 'bad', fields: {} },
      { id: 'bad', fields: { name: ['Nul\u0000', 0] } },
      { id: 'ok-2', fields: { name: ['Also fine', 0] } },
    ]);
    expect(res.results.map((r) => (r.status === 'rejected' ? r.reason : r.status))).toEqual([
      'applied', 'unknown_entity', 'unknown_field', 'invalid_value', 'invalid_value', 'clock_skew', 'bad_mutation',
      'bad_mutation', 'bad_mutation', 'invalid_value', 'applied',
    ]);
    expect(res.results[2]).toMatchObject({ field: 'colour' });
    expect(res.lastMutationId).toBe(11);
    const ids = withoutMembers((await admin.pull()).changes).map((c) => c.id);
    expect(ids).toEqual(['ok-1', 'ok-2']);
  });

  it('keeps the later of two concurrent writes and records the loser as a conflict record', async () => {
    const team = await createTeam(h);
    const a = team.admin;
    const b = await team.addUser('member');
    const created = await a.push([{ id: 'acc', fields: { name: ['Original', 0] } }]);
    const base = created.results[0]?.status === 'applied' ? created.results[0].version : -1;
    const early = b.hlc();
    const late = a.hlc();
    const first = await a.push([{ id: 'acc', fields: { name: ['Alice wins', base] }, hlc: late }]);
    expect(first.results[0]).toMatchObject({ status: 'applied' });
    const second = await b.push([{ id: 'acc', fields: { name: ['Bob loses', base] }, hlc: early }]);
    expect(second.results[0]).toMatchObject({ status: 'conflict', conflicts: [{ field: 'name', kept: 'server' }] });
    const pulled = await b.pull();
    expect(fieldValue(pulled.changes, 'accounts', 'acc', 'name')).toBe('Alice wins');
    const conflict = pulled.changes.find((c) => c.entity === 'conflicts');
    expect(conflict?.space).toBe('team');
    const value = (f: string) => conflict?.fields[f]?.value;
    expect([value('entity'), value('recordId'), value('field'), value('keptValue'), value('lostValue')])
      .toEqual(['accounts', 'acc', 'name', 'Alice wins', 'Bob loses']);
    expect([value('keptBy'), value('lostBy'), value('keptHlc'), value('lostHlc'), value('resolved')])
      .toEqual([a.user.id, b.user.id, late, early, false]);
    expect(conflict?.fields.keptValue?.hlc).toBe(late);
    expect(second.results[0]?.status === 'conflict' && second.results[0].version).toBe(conflict?.fields.field?.version);

    h.clock.ms += 1000;
    const third = await b.push([{ id: 'acc', fields: { name: ['Bob later', base] } }]);
    expect(third.results[0]).toMatchObject({ status: 'conflict', conflicts: [{ field: 'name', kept: 'client' }] });
    expect(fieldValue((await a.pull()).changes, 'accounts', 'acc', 'name')).toBe('Bob later');
  });

  it('lets a client overwrite its own write and records nothing for equal values', async () => {
    const team = await createTeam(h);
    const a = team.admin;
    const b = await team.addUser('member');
    const v0 = await a.teamVersion();
    await a.push([{ id: 'r', fields: { name: ['Same', 0], industry: ['x', 0] } }]);
    expect((await a.push([{ id: 'r', fields: { industry: ['y', 0] } }])).results[0]?.status).toBe('applied');
    const equal = await b.push([{ id: 'r', fields: { name: ['Same', 0] }, hlc: '2000-01-01T00:00:00.000Z-0000-0000000000000000' }]);
    expect(equal.results[0]).toEqual({ mutationId: 1, status: 'applied', version: v0 + 1 });
    expect((await a.pull()).changes.some((c) => c.entity === 'conflicts')).toBe(false);
  });

  it('lets clients mark conflict records resolved and nothing else', async () => {
    const team = await createTeam(h);
    const a = team.admin;
    const b = await team.addUser('member');
    await a.push([{ id: 'c', fields: { name: ['First', 0] } }]);
    await a.push([{ id: 'c', fields: { name: ['A', 1] } }]);
    await b.push([{ id: 'c', fields: { name: ['B', 1] } }]);
    const conflict = (await b.pull()).changes.find((c) => c.entity === 'conflicts');
    if (!conflict) throw new Error('no conflict record');
    const v = conflict.fields.resolved?.version ?? 0;
    const res = await b.push([
      { entity: 'conflicts', id: conflict.id, fields: { lostValue: ['forged', v] } },
      { entity: 'conflicts', id: 'made-up', fields: { resolved: [true, 0] } },
      { entity: 'conflicts', id: conflict.id, fields: { resolved: [true, v] } },
    ]);
    expect(res.results.map((r) => (r.status === 'rejected' ? r.reason : r.status))).toEqual(['forbidden', 'forbidden', 'applied']);
    const after = await a.pull();
    expect(fieldValue(after.changes, 'conflicts', conflict.id, 'resolved')).toBe(true);
    expect(fieldValue(after.changes, 'conflicts', conflict.id, 'lostValue')).not.toBe('forged');
  });

  it('puts the conflicts of a private record in its owner\u2019s private space', async () => {
    const team = await createTeam(h);
    const owner = team.admin;
    const laptop = new TestClient(h, owner.user, owner.token, `laptop-${unique()}`);
    await owner.push([{ id: 'todo', space: 'private', entity: 'commitments', fields: { title: ['Draft', 0] } }]);
    await owner.push([{ id: 'todo', space: 'private', entity: 'commitments', fields: { title: ['Desk', 1] } }]);
    const res = await laptop.push([{ id: 'todo', space: 'private', entity: 'commitments', fields: { title: ['Laptop', 1] } }]);
    expect(res.results[0]?.status).toBe('conflict');
    const conflict = (await owner.pull()).changes.find((c) => c.entity === 'conflicts');
    expect(conflict?.space).toBe('private');
    const other = await team.addUser('member');
    expect(withoutMembers((await other.pull()).changes)).toEqual([]);
  });

  it('stores every written field with its record, also when pushes of one team arrive together', async () => {
    const team = await createTeam(h);
    const a = team.admin;
    const b = await team.addUser('member');
    const created = await a.push([{ id: 'shared', fields: { name: ['Original', 0] } }]);
    const base = created.results[0]?.status === 'applied' ? created.results[0].version : -1;
    // Sent at once, these go into one transaction: creates, edits of one record and a conflict.
    const answers = await Promise.all([
      a.push([{ id: 'a-new', fields: { name: ['From A', 0] } }, { id: 'shared', fields: { name: ['A edits', base] } }]),
      b.push([{ id: 'b-new', fields: { name: ['From B', 0] } }, { id: 'shared', fields: { name: ['B edits', base] } }]),
    ]);
    expect(answers.flatMap((r) => r.results.map((m) => m.status)).sort()).toEqual(['applied', 'applied', 'applied', 'conflict']);
    // No field row without its record (the schema no longer checks this row by row; the push's one write does).
    const orphans = await h.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM fields f WHERE f.team_id = $1
         AND NOT EXISTS (SELECT 1 FROM records r WHERE r.team_id = f.team_id AND r.entity = f.entity AND r.id = f.record_id)`, [team.teamId]);
    expect(orphans[0]?.n).toBe(0);
    const pulled = withoutMembers((await b.pull()).changes);
    expect(pulled.map((c) => `${c.entity}:${c.id}`).sort()).toEqual(['accounts:a-new', 'accounts:b-new', 'accounts:shared', expect.stringMatching(/^conflicts:/)]);
    expect(pulled.every((c) => Object.keys(c.fields).length > 0)).toBe(true);
  });

  it('refuses pushes from viewers and changes nothing', async () => {
    const team = await createTeam(h);
    const viewer = await team.addUser('viewer');
    const res = await viewer.request('POST', '/v1/sync/push', { clientId: viewer.clientId, mutations: viewer.build([{ id: 'v', fields: { name: ['No', 0] } }]) });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { code: 'forbidden' } });
    expect(withoutMembers((await viewer.pull()).changes)).toEqual([]);
  });
});
