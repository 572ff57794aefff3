import { expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { describeEachDatabase } from './support/databases';
import { failingDatabase } from './support/failing-database';
import { createTeam, TestClient, useHarness, withoutMembers, type TestMutation } from './support/harness';
import type { MutationResult } from '../../shared/sync/protocol';

const versionOf = (r: MutationResult | undefined) => (r && (r.status === 'applied' || r.status === 'conflict') ? r.version : null);

describeEachDatabase('faults', (variant) => {
  const h = useHarness(variant);

  it('a push that fails mid-transaction leaves nothing behind, and its resend applies exactly once', async () => {
    const failing = failingDatabase(h.db);
    const broken = await buildApp({ db: failing });
    // Every cut point inside the transaction (a push is: lock, one read, one write of records,
    // fields, progress and the team's version): after the lock, after the read, after the write before commit.
    const cuts = [{ failAt: 2, afterRunning: false }, { failAt: 3, afterRunning: false }, { failAt: 3, afterRunning: true }];
    for (const [n, { failAt, afterRunning }] of cuts.entries()) {
      const team = await createTeam(h);
      const writer = await team.addUser('member');
      await team.admin.push([{ id: 'shared', fields: { name: ['Before', 0] } }]);
      const v0 = await team.admin.teamVersion();
      const batch: TestMutation[] = [
        { id: `n-${n}`, fields: { name: ['New', 0], industry: ['Retail', 0] } },
        { id: 'shared', fields: { name: ['Concurrent', 0] } },
        { id: `m-${n}`, fields: { name: ['More', 0] } },
      ];
      const body = { clientId: writer.clientId, mutations: writer.build(batch) };
      failing.failAt = failAt;
      failing.afterRunning = afterRunning;
      const res = await broken.inject({ method: 'POST', url: '/v1/sync/push', headers: { authorization: `Bearer ${writer.token}` }, payload: body });
      failing.failAt = null;
      expect(res.statusCode).toBe(500);
      const seen = await team.admin.pull();
      expect(withoutMembers(seen.changes).map((c) => c.id)).toEqual(['shared']);
      expect((await writer.pull()).lastMutationId).toBe(0);

      const resend = await writer.request('POST', '/v1/sync/push', body);
      expect(resend.json<{ results: MutationResult[] }>().results.map((r) => r.status)).toEqual(['applied', 'conflict', 'applied']);
      const again = await writer.request('POST', '/v1/sync/push', body);
      expect(again.json<{ results: MutationResult[] }>().results.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);
      const after = await team.admin.pull();
      expect(after.changes.filter((c) => c.entity === 'conflicts')).toHaveLength(1);
      expect(after.changes.flatMap((c) => Object.values(c.fields).map((f) => f.version)).sort((a, b) => a - b).at(-1)).toBe(v0 + 4);
    }
    await broken.close();
  });

  it('concurrent pushes from many clients get gap-free versions, and paged pulls during them miss nothing', async () => {
    const team = await createTeam(h);
    const clients: TestClient[] = [team.admin];
    for (let i = 0; i < 11; i += 1) clients.push(await team.addUser(i % 3 === 0 ? 'admin' : 'member'));
    const reader = await team.addUser('viewer');
    const v0 = await reader.teamVersion();
    const rounds = 6;
    const expected = new Set<string>();
    let done = false;
    const seen = new Map<string, unknown>();
    let cursor: string | null = null;
    const follow = async () => {
      while (!done) {
        const page = await reader.pull(cursor, 7);
        for (const c of withoutMembers(page.changes)) seen.set(c.id, c.fields.name?.value ?? seen.get(c.id));
        cursor = page.cursor;
      }
    };
    const following = follow();
    const results = await Promise.all(clients.map(async (client, ci) => {
      const mine: MutationResult[] = [];
      for (let r = 0; r < rounds; r += 1) {
        const batch: TestMutation[] = [0, 1].map((k) => ({ id: `c${ci}-r${r}-${k}`, fields: { name: [`v${ci}.${r}.${k}`, 0] } }));
        for (const m of batch) expected.add(m.id);
        mine.push(...(await client.push(batch)).results);
      }
      return mine;
    }));
    done = true;
    await following;
    const versions = results.flat().map(versionOf).sort((a, b) => (a ?? 0) - (b ?? 0));
    expect(versions).toEqual(Array.from({ length: clients.length * rounds * 2 }, (_, i) => v0 + i + 1));
    const rest = await reader.pullAll(cursor, 7);
    for (const c of withoutMembers(rest.changes)) seen.set(c.id, c.fields.name?.value);
    expect(new Set(seen.keys())).toEqual(expected);
    for (const [id, value] of seen) expect(value).toBe(`v${id.slice(1).replace(/-r/, '.').replace(/-/, '.')}`);
  });

  it('concurrent writes to the same records converge and keep every losing value', async () => {
    const team = await createTeam(h);
    const clients = [team.admin, await team.addUser('member'), await team.addUser('member'), await team.addUser('admin')];
    const created = await team.admin.push([{ id: 'hot-0', fields: { name: ['Start', 0] } }, { id: 'hot-1', fields: { name: ['Start', 0] } }]);
    // Every client edits having seen the created value (its version comes from the push answer).
    const [base0, base1] = created.results.map((r) => ('version' in r ? r.version ?? 0 : 0));
    await Promise.all(clients.map((c, i) => c.push([
      { id: 'hot-0', fields: { name: [`edit ${i}`, base0 ?? 0] } },
      { id: 'hot-1', fields: { name: [`edit ${i}`, base1 ?? 0] } },
    ])));
    const all = (await team.admin.pullAll()).changes;
    for (const id of ['hot-0', 'hot-1']) {
      const kept = all.find((c) => c.id === id)?.fields.name?.value;
      const lost = all.filter((c) => c.entity === 'conflicts' && c.fields.recordId?.value === id).map((c) => c.fields.lostValue?.value);
      expect(new Set([kept, ...lost])).toEqual(new Set(clients.map((_, i) => `edit ${i}`)));
    }
  });
});
