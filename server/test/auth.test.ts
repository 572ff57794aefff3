import { expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { describeEachDatabase } from './support/databases';
import { createTeam, unique, useHarness } from './support/harness';
import type { LoginResponse } from '../../shared/sync/protocol';

describeEachDatabase('auth, roles and HTTP', (variant) => {
  const h = useHarness(variant);

  const login = (email: string, password: string) => h.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email, password } });

  it('answers health without authentication', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/v1/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
  });

  it('lets an admin create users who log in, case-insensitively, with tokens that survive a restart', async () => {
    const { admin } = await createTeam(h);
    const email = `New.Person-${unique()}@Example.com`;
    const created = await admin.request('POST', '/v1/admin/users', { email, password: 'long enough', name: 'New Person', role: 'member' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ user: { email, name: 'New Person', teamId: admin.user.teamId, role: 'member' } });
    const taken = await admin.request('POST', '/v1/admin/users', { email: email.toUpperCase(), password: 'long enough', name: 'Twin', role: 'viewer' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ error: { code: 'already_exists' } });

    const res = await login(email.toLowerCase(), 'long enough');
    expect(res.statusCode).toBe(200);
    const body = res.json<LoginResponse>();
    expect(body.user).toMatchObject({ email, role: 'member', teamId: admin.user.teamId });
    const restarted = await buildApp({ db: h.db });
    const pull = await restarted.inject({ method: 'POST', url: '/v1/sync/pull', headers: { authorization: `Bearer ${body.token}` }, payload: { clientId: 'after-restart', cursor: null } });
    expect(pull.statusCode).toBe(200);
    await restarted.close();

    const logout = await h.app.inject({ method: 'POST', url: '/v1/auth/logout', headers: { authorization: `Bearer ${body.token}` } });
    expect(logout.json()).toEqual({ ok: true });
    const after = await h.app.inject({ method: 'POST', url: '/v1/sync/pull', headers: { authorization: `Bearer ${body.token}` }, payload: { clientId: 'after-logout', cursor: null } });
    expect(after.statusCode).toBe(401);
  });

  it('refuses short passwords, bad roles and non-admins', async () => {
    const team = await createTeam(h);
    const member = await team.addUser('member');
    const short = await team.admin.request('POST', '/v1/admin/users', { email: `s-${unique()}@x.io`, password: 'short', name: 'S', role: 'member' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.message).toMatch(/8 characters/);
    const badRole = await team.admin.request('POST', '/v1/admin/users', { email: `r-${unique()}@x.io`, password: 'long enough', name: 'R', role: 'owner' });
    expect(badRole.statusCode).toBe(400);
    const notAdmin = await member.request('POST', '/v1/admin/users', { email: `m-${unique()}@x.io`, password: 'long enough', name: 'M', role: 'admin' });
    expect(notAdmin.statusCode).toBe(403);
  });

  it('refuses wrong credentials and throttles an email after 10 failures for 15 minutes', async () => {
    const team = await createTeam(h);
    const email = `throttle-${unique()}@example.com`;
    await team.admin.request('POST', '/v1/admin/users', { email, password: 'the right one', name: 'T', role: 'member' });
    expect((await login(email, 'wrong password')).statusCode).toBe(401);
    expect((await login(`nobody-${unique()}@example.com`, 'whatever1')).statusCode).toBe(401);
    // A success resets the count.
    expect((await login(email, 'the right one')).statusCode).toBe(200);
    for (let i = 0; i < 10; i += 1) expect((await login(email, `wrong ${i}`)).statusCode).toBe(401);
    const blocked = await login(email, 'the right one');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json()).toMatchObject({ error: { code: 'too_many_requests' } });
    // The count lives in the database: another server process on it refuses too.
    const other = await buildApp({ db: h.db, now: () => new Date(h.clock.ms) });
    expect((await other.inject({ method: 'POST', url: '/v1/auth/login', payload: { email: email.toUpperCase(), password: 'the right one' } })).statusCode).toBe(429);
    await other.close();
    h.clock.ms += 14 * 60_000;
    expect((await login(email, 'the right one')).statusCode).toBe(429);
    h.clock.ms += 61_000;
    expect((await login(email, 'the right one')).statusCode).toBe(200);
  });

  it('checks authentication, then role, then size, then shape', async () => {
    const team = await createTeam(h);
    const viewer = await team.addUser('viewer');
    const huge = 'x'.repeat(1024 * 1024 + 10);
    const noAuth = await h.app.inject({ method: 'POST', url: '/v1/sync/push', payload: huge, headers: { 'content-type': 'application/json' } });
    expect(noAuth.statusCode).toBe(401);
    const badToken = await h.app.inject({ method: 'POST', url: '/v1/sync/pull', headers: { authorization: 'Bearer nope' }, payload: {} });
    expect(badToken.json()).toMatchObject({ error: { code: 'unauthorized' } });
    const viewerHuge = await h.app.inject({ method: 'POST', url: '/v1/sync/push', payload: huge, headers: { authorization: `Bearer ${viewer.token}`, 'content-type': 'application/json' } });
    expect(viewerHuge.statusCode).toBe(403);
    const tooBig = await team.admin.request('POST', '/v1/sync/push', huge);
    expect(tooBig.statusCode).toBe(413);
    const tooMany = await team.admin.request('POST', '/v1/sync/push', { clientId: 'x', mutations: Array.from({ length: 501 }, () => ({})) });
    expect(tooMany.statusCode).toBe(413);
    expect(tooMany.json()).toMatchObject({ error: { code: 'payload_too_large' } });
    const shape = await team.admin.request('POST', '/v1/sync/push', { clientId: 'x', mutations: [] });
    expect(shape.statusCode).toBe(400);
    expect(shape.json().error.message).toMatch(/clientId/);
    const malformed = await h.app.inject({ method: 'POST', url: '/v1/sync/push', payload: '{"clientId":', headers: { authorization: `Bearer ${team.admin.token}`, 'content-type': 'application/json' } });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ error: { code: 'bad_request' } });
  });

  it('answers CORS preflights and allows the app\u2019s headers from another origin', async () => {
    const pre = await h.app.inject({
      method: 'OPTIONS', url: '/v1/sync/push',
      headers: { origin: 'http://127.0.0.1:5173', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });
    expect(pre.statusCode).toBe(204);
    expect(pre.headers['access-control-allow-origin']).toBe('*');
    expect(String(pre.headers['access-control-allow-headers'])).toMatch(/Authorization/);
    const health = await h.app.inject({ method: 'GET', url: '/v1/health', headers: { origin: 'http://127.0.0.1:5173' } });
    expect(health.headers['access-control-allow-origin']).toBe('*');
    const missing = await h.app.inject({ method: 'GET', url: '/v1/nothing' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});
