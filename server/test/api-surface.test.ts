import { randomBytes, scryptSync } from 'node:crypto';
import { expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { hashPassword, verifyPassword } from '../src/auth/password';
import { describeEachDatabase } from './support/databases';
import { createTeam, unique, useHarness } from './support/harness';

describeEachDatabase('API surface: headers, OpenAPI, passwords, emails of other teams', (variant) => {
  const h = useHarness(variant);

  it('sends nosniff and no-store on answers, errors included', async () => {
    const { admin } = await createTeam(h);
    const answers = [
      await h.app.inject({ method: 'GET', url: '/v1/health' }),
      await admin.request('POST', '/v1/sync/pull', { clientId: admin.clientId, cursor: null }),
      await h.app.inject({ method: 'GET', url: '/v1/nothing' }),
      await h.app.inject({ method: 'POST', url: '/v1/sync/pull', payload: '{', headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.token}` } }),
      await h.app.inject({ method: 'POST', url: '/v1/sync/pull', payload: {} }),
    ];
    for (const res of answers) {
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['cache-control']).toBe('no-store');
    }
  });

  it('publishes an OpenAPI document naming every route the server registers, with request and response schemas', async () => {
    const registered: string[] = [];
    const app = await buildApp({ db: h.db, onRoute: (method, url) => { if (method !== 'HEAD' && method !== 'OPTIONS') registered.push(`${method.toLowerCase()} ${url}`); } });
    const res = await app.inject({ method: 'GET', url: '/v1/openapi.json' });
    await app.close();
    expect(res.statusCode).toBe(200);
    const doc = JSON.parse(res.body) as { openapi: string; paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { type?: string; properties?: Record<string, unknown> } }> }; responses: Record<string, unknown> }>> };
    expect(doc.openapi).toBe('3.1.0');
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path.replace(/\{(\w+)\}/g, ':$1')}`));
    expect(registered.length).toBeGreaterThanOrEqual(9);
    expect(new Set(documented)).toEqual(new Set(registered));
    const push = doc.paths['/v1/sync/push']?.post;
    expect(Object.keys(push?.requestBody?.content['application/json']?.schema.properties ?? {}).sort()).toEqual(['clientId', 'mutations']);
    expect(push?.responses['200']).toBeDefined();
    expect(doc.paths['/v1/admin/users/{id}']?.patch?.requestBody?.content['application/json']?.schema.properties).toHaveProperty('access');
  });

  it('hashes new passwords with scrypt N = 2^17 and still accepts hashes made with the old cost', async () => {
    const hash = await hashPassword('a long password');
    expect(hash.split('$').slice(0, 4)).toEqual(['scrypt', '131072', '8', '1']);
    expect(await verifyPassword('a long password', hash)).toBe(true);
    expect(await verifyPassword('another password', hash)).toBe(false);
    const salt = randomBytes(16);
    const old = ['scrypt', 16384, 8, 1, salt.toString('base64url'), scryptSync('old password', salt, 64, { N: 16384, r: 8, p: 1 }).toString('base64url')].join('$');
    expect(await verifyPassword('old password', old)).toBe(true);
    // A stored hash asking for an absurd cost is refused rather than run.
    expect(await verifyPassword('x', ['scrypt', 2 ** 30, 8, 1, 'c2FsdA', 'aGFzaA'].join('$'))).toBe(false);
  }, 60_000);

  it('does not reveal whether another team has an email: the answer is the same as for a teammate\u2019s', async () => {
    const ours = await createTeam(h);
    const theirs = await createTeam(h);
    const create = (email: string) => ours.admin.request('POST', '/v1/admin/users', { email, password: 'long enough', name: 'New', role: 'member' });
    const theirEmail = theirs.admin.user.email;
    const elsewhere = await create(theirEmail.toUpperCase());
    const teammate = await create(ours.admin.user.email);
    expect(elsewhere.statusCode).toBe(teammate.statusCode);
    expect(elsewhere.body).toBe(teammate.body);
    expect(elsewhere.body.toLowerCase()).not.toContain(theirEmail.toLowerCase());
    expect(elsewhere.body).not.toContain(theirs.admin.user.name);
    expect(elsewhere.body).not.toContain(theirs.admin.user.id);
    expect((await create(`free-${unique()}@example.com`)).statusCode).toBe(201);
  }, 60_000);
});
