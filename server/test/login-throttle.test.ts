import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import type { Database } from '../src/db/database';
import { describeEachDatabase } from './support/databases';
import { createTeam, unique, type Harness } from './support/harness';

describeEachDatabase('login throttling', (variant) => {
  let db: Database;
  let h: Harness;
  let passwordChecks = 0;
  beforeAll(async () => {
    db = await variant.open();
    const clock = { ms: Date.now() };
    const app = await buildApp({ db, now: () => new Date(clock.ms), onPasswordCheck: () => { passwordChecks += 1; } });
    h = { db, app, clock };
  });
  afterAll(async () => {
    await h?.app.close();
    await db?.close();
  });

  const login = (email: string, password: string, remoteAddress: string) =>
    h.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email, password }, remoteAddress });
  const addUser = async (admin: Awaited<ReturnType<typeof createTeam>>['admin'], password: string) => {
    const email = `guess-${unique()}@example.com`;
    const res = await admin.request('POST', '/v1/admin/users', { email, password, name: 'Target', role: 'member' });
    expect(res.statusCode).toBe(201);
    return email;
  };

  it('checks at most 10 passwords of 500 concurrent wrong guesses for one email', async () => {
    const team = await createTeam(h);
    const email = await addUser(team.admin, 'the right password');
    passwordChecks = 0;
    // Each guess from its own address, so only the per-email limit applies.
    const answers = await Promise.all(Array.from({ length: 500 }, (_, i) => login(email, `wrong guess ${i}`, `10.1.${Math.floor(i / 250)}.${i % 250}`)));
    expect(passwordChecks).toBeLessThanOrEqual(10);
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(passwordChecks);
    expect(statuses.filter((s) => s === 429)).toHaveLength(500 - passwordChecks);
    expect((await login(email, 'the right password', '10.9.9.9')).statusCode).toBe(429);
  }, 120_000);

  it('limits failed logins per client address across emails (password spraying), not other addresses', async () => {
    const team = await createTeam(h);
    const email = await addUser(team.admin, 'my own password');
    passwordChecks = 0;
    const sprayer = `192.0.2.${Math.floor(Math.random() * 200)}`;
    const statuses: number[] = [];
    for (let i = 0; i < 32; i += 1) statuses.push((await login(`victim-${i}-${unique()}@example.com`, 'Summer2026!', sprayer)).statusCode);
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(30).every((s) => s === 429)).toBe(true);
    expect(passwordChecks).toBe(30);
    const blocked = await login(email, 'my own password', sprayer);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.message).toMatch(/network/);
    expect((await login(email, 'my own password', '198.51.100.7')).statusCode).toBe(200);
  }, 300_000);

  it('forgets failures whose 15 minutes have passed', async () => {
    const team = await createTeam(h);
    const email = await addUser(team.admin, 'whatever it is');
    const address = `100.64.${Math.floor(Math.random() * 200)}.1`;
    for (let i = 0; i < 3; i += 1) expect((await login(email, `nope ${i}`, address)).statusCode).toBe(401);
    const count = async () => (await db.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM login_failures WHERE email_key = $1) + (SELECT count(*) FROM login_address_failures WHERE address = $2) AS n`,
      [email, address],
    ))[0]?.n;
    expect(Number(await count())).toBe(2);
    h.clock.ms += 16 * 60_000;
    expect((await login(`someone-${unique()}@example.com`, 'x'.repeat(8), '100.64.255.254')).statusCode).toBe(401);
    expect(Number(await count())).toBe(0);
  }, 60_000);
});
