import { expect, it } from 'vitest';
import { describeEachDatabase } from './support/databases';
import { createTeam, fieldValue, useHarness, withoutMembers } from './support/harness';
import { entityFields } from '../../shared/domain/entities';
import { newRecordFields } from '../../shared/domain/record-defaults';
import type { PullResponse, PushResponse } from '../../shared/sync/protocol';

describeEachDatabase('robustness rules (1.1)', (variant) => {
  const h = useHarness(variant);

  it('rejects a create that lacks a field without a default, and stores nothing of it', async () => {
    const team = await createTeam(h);
    const reader = await team.addUser('viewer');
    const res = await team.admin.push([
      { id: 'tags-only', fields: { tags: [['vip'], 0] } },
      { id: 'industry-only', fields: { industry: ['Retail', 0] } },
      { id: 'c-no-title', entity: 'commitments', fields: { details: ['Call', 0] } },
    ]);
    expect(res.results).toEqual([
      expect.objectContaining({ status: 'rejected', reason: 'invalid_value', field: 'name' }),
      expect.objectContaining({ status: 'rejected', reason: 'invalid_value', field: 'name' }),
      expect.objectContaining({ status: 'rejected', reason: 'invalid_value', field: 'title' }),
    ]);
    expect(res.lastMutationId).toBe(3);
    expect(withoutMembers((await reader.pullAll()).changes)).toEqual([]);
    // Once the record exists, a one-field edit is fine.
    const later = await team.admin.push([{ id: 'tags-only', fields: { name: ['Now named', 0] } }, { id: 'tags-only', fields: { tags: [['vip'], 0] } }]);
    expect(later.results.map((r) => r.status)).toEqual(['applied', 'applied']);
  });

  it('completes an account created with only its name and a commitment with only its title', async () => {
    const team = await createTeam(h);
    const reader = await team.addUser('viewer');
    const nowIso = new Date(h.clock.ms).toISOString();
    const res = await team.admin.push([
      { id: 'acc', fields: { name: ['Northwind', 0] } },
      { id: 'com', entity: 'commitments', fields: { title: ['Send the roadmap', 0] } },
    ]);
    expect(res.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    const changes = withoutMembers((await reader.pullAll()).changes);
    const values = (id: string) => Object.fromEntries(Object.entries(changes.find((c) => c.id === id)?.fields ?? {}).map(([f, v]) => [f, v.value]));
    expect(values('acc')).toEqual(newRecordFields('accounts', { name: 'Northwind' }, nowIso));
    expect(values('com')).toEqual(newRecordFields('commitments', { title: 'Send the roadmap' }, nowIso));
    expect(Object.keys(values('com')).sort()).toEqual(Object.keys(entityFields.commitments).sort());
    // The defaults are written with the create: same version and HLC as the given field.
    const acc = changes.find((c) => c.id === 'acc');
    expect(new Set(Object.values(acc?.fields ?? {}).map((f) => `${f.version} ${f.hlc}`)).size).toBe(1);
  });

  it('rejects only the mutation that carries a __proto__ key, as a field name or inside a value', async () => {
    const { admin } = await createTeam(h);
    const [a, b, c, d] = admin.build([
      { id: 'before', fields: { name: ['Before', 0] } },
      { id: 'bad-field', fields: { name: ['x', 0] } },
      { id: 'bad-value', fields: { name: ['y', 0] } },
      { id: 'after', fields: { name: ['After', 0] } },
    ]);
    const text = JSON.stringify({ clientId: admin.clientId, mutations: [a, b, c, d] })
      .replace('"fields":{"name":{"value":"x","base":0}}', '"fields":{"__proto__":{"value":"x","base":0},"name":{"value":"x","base":0}}')
      .replace('"fields":{"name":{"value":"y","base":0}}', '"fields":{"name":{"value":"y","base":0},"tags":{"value":{"__proto__":{"polluted":true}},"base":0}}');
    expect(text).toContain('"__proto__":{"value"');
    const res = await h.app.inject({ method: 'POST', url: '/v1/sync/push', payload: text, headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'application/json' } });
    expect(res.statusCode).toBe(200);
    const body = res.json<PushResponse>();
    expect(body.results.map((r) => (r.status === 'rejected' ? r.reason : r.status))).toEqual(['applied', 'bad_mutation', 'bad_mutation', 'applied']);
    expect(body.results[1]).toMatchObject({ message: expect.stringMatching(/__proto__/) });
    expect(body.lastMutationId).toBe(4);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const ids = withoutMembers((await admin.pull()).changes).map((ch) => ch.id);
    expect(ids).toEqual(['before', 'after']);
    // Outside a mutation such a key still refuses the request, with a message.
    const top = await h.app.inject({ method: 'POST', url: '/v1/sync/pull', payload: '{"clientId":"abcdefgh","__proto__":{"x":1}}', headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'application/json' } });
    expect(top.statusCode).toBe(400);
    expect(top.json().error.message).toMatch(/__proto__/);
  });

  it('pages a first sync of 2,000 long reviews under about 4 MiB each, and never fails a limit of 5000', async () => {
    const team = await createTeam(h);
    const reader = await team.addUser('viewer');
    const notes = 'n'.repeat(20_000); // the longest text the schema allows
    const scheduledAt = new Date(h.clock.ms).toISOString();
    for (let start = 0; start < 2000; start += 45) {
      const batch = Array.from({ length: Math.min(45, 2000 - start) }, (_, i) => ({
        entity: 'reviews', id: `rv-${start + i}`,
        fields: { accountId: ['acc-1', 0], title: [`Review ${start + i}`, 0], scheduledAt: [scheduledAt, 0], notes: [notes, 0] } as Record<string, [unknown, number]>,
      }));
      const res = await team.admin.push(batch);
      expect(res.results.every((r) => r.status === 'applied')).toBe(true);
    }
    for (const limit of [undefined, 5000]) {
      let cursor: string | null = null;
      const seen = new Set<string>();
      let pages = 0;
      for (;;) {
        const res = await reader.request('POST', '/v1/sync/pull', { clientId: reader.clientId, cursor, ...(limit ? { limit } : {}) });
        expect(res.statusCode).toBe(200);
        expect(Buffer.byteLength(res.body)).toBeLessThan(4.2 * 1024 * 1024);
        const page = res.json<PullResponse>();
        pages += 1;
        for (const c of page.changes) if (c.entity === 'reviews') seen.add(c.id);
        cursor = page.cursor;
        if (!page.more) break;
      }
      expect(seen.size).toBe(2000);
      expect(pages).toBeGreaterThanOrEqual(10);
    }
    const all = await reader.pullAll();
    expect(fieldValue(all.changes, 'reviews', 'rv-1999', 'notes')).toBe(notes);
  }, 300_000);
});
