import { expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { hashPassword } from '../src/auth/password';
import type { Database } from '../src/db/database';
import { migrate } from '../src/db/migrations';
import { openPgliteDatabase } from '../src/db/pglite-database';
import { openPostgresDatabase } from '../src/db/postgres-database';
import { describeEachDatabase } from './support/databases';
import { createTeam, fieldValue, unique, useHarness, type TestClient } from './support/harness';
import type { PullResponse, User } from '../../shared/sync/protocol';

const member = (changes: PullResponse['changes'], id: string) => {
  const fields = changes.filter((c) => c.entity === 'teamMembers' && c.id === id).map((c) => c.fields);
  return Object.fromEntries(fields.flatMap((f) => Object.entries(f).map(([k, v]) => [k, v.value])));
};

describeEachDatabase('team members', (variant) => {
  const h = useHarness(variant);

  const addViaApi = async (admin: TestClient, role: 'admin' | 'member' | 'viewer') => {
    const email = `Person-${unique()}@Example.com`;
    const res = await admin.request('POST', '/v1/admin/users', { email, password: 'long enough', name: 'Dana Whitfield', role });
    expect(res.statusCode).toBe(201);
    return { email, user: res.json<{ user: User }>().user };
  };
  const patch = (client: TestClient, id: string, body: unknown) =>
    client.h.app.inject({ method: 'PATCH', url: `/v1/admin/users/${id}`, headers: { authorization: `Bearer ${client.token}` }, payload: body as object });
  const login = (email: string, password: string) => h.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email, password } });

  it('makes every user a member record in the team space, written by the server and complete', async () => {
    const team = await createTeam(h);
    const { email, user } = await addViaApi(team.admin, 'viewer');
    const pulled = await team.admin.pullAll();
    const record = pulled.changes.find((c) => c.entity === 'teamMembers' && c.id === user.id);
    expect(record?.space).toBe('team');
    expect(member(pulled.changes, user.id)).toEqual({
      userId: user.id, name: 'Dana Whitfield', email, access: 'viewer', active: true, role: 'specialist', deleted: false,
    });
    expect(member(pulled.changes, team.admin.user.id)).toMatchObject({ userId: team.admin.user.id, access: 'admin', active: true });
    // One server write: every field carries the same version, and an HLC no installation produces.
    const versions = new Set(Object.values(record?.fields ?? {}).map((f) => f.version));
    expect(versions.size).toBe(1);
    expect(record?.fields.name?.hlc).toMatch(/-0000000000000000$/);
    // Another team never sees them.
    const other = await createTeam(h);
    expect((await other.admin.pullAll()).changes.some((c) => c.id === user.id)).toBe(false);
  });

  it('lets an admin rename, change access and deactivate; the member record follows and an inactive user is locked out', async () => {
    const team = await createTeam(h);
    const { email, user } = await addViaApi(team.admin, 'member');
    const session = await login(email, 'long enough');
    expect(session.statusCode).toBe(200);
    const token = session.json<{ token: string }>().token;
    const pullWith = (t: string) => h.app.inject({ method: 'POST', url: '/v1/sync/pull', headers: { authorization: `Bearer ${t}` }, payload: { clientId: 'deactivated-1', cursor: null } });
    expect((await pullWith(token)).statusCode).toBe(200);

    const renamed = await patch(team.admin, user.id, { name: 'Dana W.', access: 'viewer' });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ user: { id: user.id, name: 'Dana W.', role: 'viewer', active: true } });
    // The new access applies at once: a viewer cannot push.
    const push = await h.app.inject({ method: 'POST', url: '/v1/sync/push', headers: { authorization: `Bearer ${token}` }, payload: { clientId: 'deactivated-1', mutations: [] } });
    expect(push.statusCode).toBe(403);

    const off = await patch(team.admin, user.id, { active: false });
    expect(off.json()).toMatchObject({ user: { active: false } });
    expect((await pullWith(token)).statusCode).toBe(401);
    const refused = await login(email, 'long enough');
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error.message).toMatch(/deactivated/);
    expect(member((await team.admin.pullAll()).changes, user.id)).toMatchObject({ name: 'Dana W.', access: 'viewer', active: false });

    expect((await patch(team.admin, user.id, { active: true })).statusCode).toBe(200);
    expect((await login(email, 'long enough')).statusCode).toBe(200);
  });

  it('answers 404 for another team\u2019s user, 403 to non-admins and 400 to bad changes', async () => {
    const team = await createTeam(h);
    const other = await createTeam(h);
    const mate = await team.addUser('member');
    expect((await patch(team.admin, other.admin.user.id, { active: false })).statusCode).toBe(404);
    expect((await patch(team.admin, 'u_nobody', { name: 'X' })).statusCode).toBe(404);
    expect((await patch(mate, team.admin.user.id, { active: false })).statusCode).toBe(403);
    for (const body of [{}, { access: 'owner' }, { active: 'no' }, { name: '' }, { name: 'ok', extra: 1 }]) {
      const res = await patch(team.admin, mate.user.id, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'bad_request' } });
    }
    expect((await patch(team.admin, team.admin.user.id, { active: false })).statusCode).toBe(403);
    // Other team's admin still works.
    expect((await other.admin.pull()).lastMutationId).toBe(0);
  });

  it('refuses client writes of the server\u2019s fields of a user\u2019s member record; other fields and login-less people sync', async () => {
    const team = await createTeam(h);
    const mate = await team.addUser('member');
    const id = mate.user.id;
    const v = (await team.admin.pullAll()).changes.find((c) => c.id === id)?.fields.role?.version ?? 0;
    const res = await team.admin.push([
      { entity: 'teamMembers', id, fields: { name: ['Forged', v] } },
      { entity: 'teamMembers', id, fields: { access: ['admin', v] } },
      { entity: 'teamMembers', id, fields: { active: [false, v] } },
      { entity: 'teamMembers', id, fields: { email: ['x@example.com', v] } },
      { entity: 'teamMembers', id, fields: { userId: [team.admin.user.id, v] } },
      { entity: 'teamMembers', id, fields: { role: ['coordinator', v], name: ['Forged too', v] } },
      { entity: 'teamMembers', id, fields: { role: ['coordinator', v] } },
      { entity: 'teamMembers', id: 'tm-local', fields: { name: ['Casey Nguyen', 0], role: ['lead', 0] } },
      { entity: 'teamMembers', id: 'tm-fake', fields: { name: ['Fake me', 0], userId: [team.admin.user.id, 0] } },
      { entity: 'teamMembers', id: 'tm-fake2', fields: { name: ['Fake admin', 0], access: ['admin', 0] } },
    ]);
    expect(res.results.map((r) => (r.status === 'rejected' ? `${r.reason}:${r.field}` : r.status))).toEqual([
      'forbidden:name', 'forbidden:access', 'forbidden:active', 'forbidden:email', 'forbidden:userId', 'forbidden:name',
      'applied', 'applied', 'forbidden:userId', 'forbidden:access',
    ]);
    const pulled = (await mate.pullAll()).changes;
    expect(member(pulled, id)).toMatchObject({ name: 'A member', access: 'member', active: true, userId: id, role: 'coordinator' });
    expect(member(pulled, 'tm-local')).toEqual({ name: 'Casey Nguyen', role: 'lead', email: '', userId: null, access: null, active: true, deleted: false });
    expect(fieldValue(pulled, 'teamMembers', 'tm-fake', 'name')).toBeUndefined();
  });

  it('gives users created before team members existed their member records when the server is upgraded', async () => {
    const admin = variant.name === 'PostgreSQL' ? h.db : null;
    let old: Database;
    let dropName: string | null = null;
    if (admin) {
      dropName = `rapport_upgrade_${unique()}`;
      await admin.query(`CREATE DATABASE ${dropName}`);
      const url = new URL(process.env.RAPPORT_TEST_DATABASE_URL ?? '');
      url.pathname = `/${dropName}`;
      old = await openPostgresDatabase(url.toString(), 2);
    } else {
      old = await openPgliteDatabase();
    }
    try {
      await migrate(old, 1);
      const hash = await hashPassword('long enough');
      await old.query(`INSERT INTO teams (id, name) VALUES ('t_old', 'Old team')`);
      await old.query(
        `INSERT INTO users (id, team_id, email, email_key, name, role, password_hash) VALUES
         ('u_ana', 't_old', 'Ana@example.com', 'ana@example.com', 'Ana Lima', 'admin', $1),
         ('u_bo', 't_old', 'bo@example.com', 'bo@example.com', 'Bo Chen', 'viewer', $1)`, [hash],
      );
      await migrate(old);
      await migrate(old); // a second start changes nothing
      const app = await buildApp({ db: old });
      const session = await app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email: 'ana@example.com', password: 'long enough' } });
      expect(session.statusCode).toBe(200);
      const pull = await app.inject({ method: 'POST', url: '/v1/sync/pull', headers: { authorization: `Bearer ${session.json<{ token: string }>().token}` }, payload: { clientId: 'upgraded-1', cursor: null } });
      const changes = pull.json<PullResponse>().changes;
      expect(changes.map((c) => [c.entity, c.id])).toEqual([['teamMembers', 'u_ana'], ['teamMembers', 'u_bo']]);
      expect(member(changes, 'u_bo')).toEqual({ userId: 'u_bo', name: 'Bo Chen', email: 'bo@example.com', access: 'viewer', active: true, role: 'specialist', deleted: false });
      await app.close();
    } finally {
      await old.close();
      if (admin && dropName) await admin.query(`DROP DATABASE ${dropName}`);
    }
  }, 120_000);
});
