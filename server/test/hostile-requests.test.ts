import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../src/db/database';
import { describeEachDatabase } from './support/databases';
import { buildHarness, createTeam, TestClient, type Harness } from './support/harness';
import { errorBodySchema, errorStatus } from '../../shared/sync/protocol';

type Sent = { method?: 'GET' | 'POST' | 'PUT' | 'DELETE'; url: string; payload?: string | Buffer; contentType?: string | null; auth?: string };

// Logout would end the session the other requests use; it is sent with a token of its own below.
const endpoints = ['/v1/sync/push', '/v1/sync/pull', '/v1/auth/login', '/v1/admin/users'];
const lone = ['\ud800', '\udfff', 'a\u0000b', '\ufeff', '💥\ud83d'];
const deepArray = (n: number) => '['.repeat(n) + ']'.repeat(n);
const deepObject = (n: number) => '{"a":'.repeat(n) + '1' + '}'.repeat(n);
const hostileValueArb = fc.oneof(fc.jsonValue(), fc.constantFrom(...lone), fc.string({ unit: 'binary', maxLength: 40 }), fc.constant(null));

/** Answers that a client could cause must never be a 5xx and must have the protocol's error body. */
function expectWellFormed(res: LightMyRequestResponse, what: string): void {
  expect(res.statusCode, `${what} → ${res.statusCode} ${res.body.slice(0, 200)}`).toBeLessThan(500);
  if (res.statusCode >= 400) {
    const body = errorBodySchema.parse(res.json());
    expect(res.statusCode).toBe(errorStatus[body.error.code]);
    expect(body.error.message.length).toBeGreaterThan(0);
  }
}

describeEachDatabase('hostile requests', (variant) => {
  let db: Database;
  let h: Harness;
  let admin: TestClient;
  let sent = 0;
  const send = async (r: Sent) => {
    sent += 1;
    const headers: Record<string, string> = { authorization: r.auth ?? `Bearer ${admin.token}` };
    if (r.contentType !== null) headers['content-type'] = r.contentType ?? 'application/json';
    const res = await h.app.inject({ method: r.method ?? 'POST', url: r.url, headers, ...(r.payload === undefined ? {} : { payload: r.payload }) });
    expectWellFormed(res, `${r.method ?? 'POST'} ${r.url} ${String(r.payload).slice(0, 80)}`);
    return res;
  };
  beforeAll(async () => {
    db = await variant.open();
    h = await buildHarness(db);
    admin = (await createTeam(h)).admin;
    await admin.push([{ id: 'keep', fields: { name: ['Untouched', 0] } }]);
  });
  afterAll(async () => {
    await h?.app.close();
    await db?.close();
  });

  it('survives hand-written hostile bodies, content types and headers', async () => {
    const valid = (over: object) => JSON.stringify({ clientId: admin.clientId, mutations: admin.build([{ id: 'h', fields: { name: ['x', 0] }, mutationId: 999 }]).map((m) => ({ ...m, ...over })) });
    const raw = [
      '', '{', 'null', '[]', '"text"', '1e400', 'true', '{"clientId":"abcdefgh","mutations":[{"mutationId":1e400}]}',
      '{"__proto__":{"role":"admin"}}', '{"constructor":{"prototype":{"role":"admin"}}}', deepArray(50_000), deepObject(5_000),
      '\ufeff{"clientId":"abcdefgh","mutations":[]}', '{"clientId":"abcdefgh","clientId":"ijklmnop","mutations":[]}',
      '{"clientId":"abcdefgh","mutations":{"0":{"mutationId":1}}}', '{"clientId":"abcdefgh\\u0000","mutations":[]}',
      '{"clientId":"abcdefgh","mutations":[{"mutationId":"1"}]}', '{"clientId":"abcdefgh","mutations":[{"mutationId":-1}]}',
      `{"clientId":"abcdefgh","mutations":[{"mutationId":${2 ** 60}}]}`, '{"clientId":"abcdefgh","mutations":[{"mutationId":1.5}]}',
      '{"email":"a\\u0000@x.io","password":"12345678","name":"n","role":"member"}', '{"email":"\\ud800@x.io","password":"\\udfff"}',
      '{"clientId":"abcdefgh","cursor":"\\u0000","limit":1e300}', `{"clientId":"abcdefgh","cursor":"${'A'.repeat(5000)}"}`,
      valid({ fields: { name: { value: '\ud800', base: 0 } } }), valid({ fields: { ['\ud800']: { value: 'x', base: 0 } } }),
      valid({ fields: { ['na\u0000me']: { value: 'x', base: 0 } } }), valid({ entity: '__proto__' }), valid({ id: '__proto__' }),
      valid({ entity: 'constructor' }), valid({ fields: { toString: { value: 'x', base: 0 } } }),
      valid({ fields: { name: { value: 'x'.repeat(900_000), base: 0 } } }), valid({ fields: { tags: { value: JSON.parse(deepArray(500)), base: 0 } } }),
      valid({ fields: { name: { value: 'x', base: -1 } } }), valid({ fields: { name: { value: 'x', base: 'HUGE' } } }).replace('"HUGE"', '1e400'),
      valid({ fields: { name: { base: 0 } } }), valid({ fields: [] }), valid({ hlc: 42 }), valid({ space: { team: true } }),
      valid({ hlc: '9999-12-31T23:59:59.999Z-ffff-ffffffffffffffff' }), valid({ hlc: '2026-02-30T00:00:00.000Z-0000-0123456789abcdef' }),
    ];
    for (const url of endpoints) for (const payload of raw) await send({ url, payload });
    const bytes = Buffer.from([0x7b, 0x22, 0x63, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]);
    for (const url of endpoints) {
      await send({ url, payload: bytes });
      for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/json; charset=utf-16', 'application/jsonx', '']) {
        const res = await send({ url, payload: valid({}), contentType });
        if (contentType.startsWith('application/json')) continue;
        expect(res.statusCode).toBe(400);
      }
      await send({ url, payload: valid({}), contentType: null });
      await send({ url, method: 'GET' });
      await send({ url, method: 'PUT', payload: '{}' });
      for (const auth of ['Bearer', 'Basic dXNlcjpwYXNz', `Bearer ${'x'.repeat(10_000)}`, 'Bearer \u00e9\u00e9', 'bearer  a b']) {
        await send({ url, payload: '{}', auth });
      }
    }
    for (const payload of raw.slice(0, 12)) await send({ url: '/v1/auth/logout', payload, auth: 'Bearer not-a-session' });
    expect(sent).toBeGreaterThan(200);
  }, 120_000);

  it('never answers 5xx to generated bodies for any endpoint', async () => {
    const mutationArb = fc.record({
      mutationId: fc.oneof(fc.integer({ min: 1, max: 5 }), hostileValueArb),
      hlc: fc.oneof(fc.constant(admin.hlc()), hostileValueArb),
      entity: fc.oneof(fc.constantFrom('accounts', 'commitments', 'conflicts', '__proto__', 'toString'), hostileValueArb),
      id: fc.oneof(fc.constantFrom('keep', 'new-1', '__proto__'), hostileValueArb),
      space: fc.oneof(fc.constantFrom('team', 'private'), hostileValueArb),
      fields: fc.oneof(
        fc.dictionary(fc.oneof(fc.constantFrom('name', 'deleted', 'tags', 'constructor', 'hasOwnProperty'), fc.string()),
          fc.oneof(fc.record({ value: hostileValueArb, base: fc.oneof(fc.nat(), hostileValueArb) }), hostileValueArb)),
        hostileValueArb),
    }, { requiredKeys: [] });
    const pushArb = fc.record({ clientId: fc.oneof(fc.constant('fuzz-client'), hostileValueArb), mutations: fc.oneof(fc.array(mutationArb, { maxLength: 4 }), hostileValueArb) }, { requiredKeys: [] });
    await fc.assert(fc.asyncProperty(pushArb, async (body) => { await send({ url: '/v1/sync/push', payload: JSON.stringify(body) }); }), { numRuns: 150 });
    const pullArb = fc.record({ clientId: fc.oneof(fc.constant('fuzz-client'), hostileValueArb), cursor: fc.oneof(fc.constant(null), fc.string(), hostileValueArb), limit: fc.oneof(fc.integer(), fc.double(), hostileValueArb) }, { requiredKeys: [] });
    await fc.assert(fc.asyncProperty(pullArb, async (body) => { await send({ url: '/v1/sync/pull', payload: JSON.stringify(body) }); }), { numRuns: 60 });
    await fc.assert(fc.asyncProperty(fc.constantFrom(...endpoints), fc.jsonValue(), async (url, body) => { await send({ url, payload: JSON.stringify(body) }); }), { numRuns: 60 });
    const pull = await admin.pull();
    expect(pull.changes.find((c) => c.id === 'keep')?.fields.name?.value).toBe('Untouched');
    expect((await h.app.inject({ method: 'GET', url: '/v1/health' })).statusCode).toBe(200);
  }, 120_000);

  it('never leaks another team\u2019s records or another user\u2019s private records', async () => {
    const teams = [await createTeam(h), await createTeam(h)];
    const users = await Promise.all(teams.flatMap((t) => [Promise.resolve(t.admin), t.addUser('member')]));
    const teamOf = (c: TestClient) => c.user.teamId;
    const opArb = fc.record({ who: fc.nat({ max: users.length - 1 }), id: fc.constantFrom('r1', 'r2', 'r3'), space: fc.constantFrom('team', 'private') as fc.Arbitrary<'team' | 'private'>, base: fc.nat({ max: 3 }) });
    await fc.assert(fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 12 }), fc.string({ maxLength: 4 }), async (ops, salt) => {
      for (const op of ops) {
        const u = users[op.who];
        if (!u) continue;
        const id = `${op.id}-${salt.replace(/[^A-Za-z0-9]/g, '')}`;
        await u.push([{ id, space: op.space, entity: 'commitments', fields: { title: [`${teamOf(u)}|${u.user.id}|${op.space}`, op.base] } }]);
      }
      for (const u of users) {
        for (const c of (await u.pullAll()).changes) {
          const tags = c.entity === 'conflicts'
            ? [c.fields.keptValue?.value, c.fields.lostValue?.value].filter((v) => typeof v === 'string')
            : [c.fields.title?.value].filter((v) => v !== undefined);
          for (const tag of tags) {
            const [team, owner] = String(tag).split('|');
            expect(team).toBe(teamOf(u));
            if (c.space === 'private') expect(owner).toBe(u.user.id);
          }
        }
      }
    }), { numRuns: 12 });
  }, 120_000);
});
