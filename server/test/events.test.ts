import { request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import type { Database } from '../src/db/database';
import { describeEachDatabase } from './support/databases';
import { buildHarness, createTeam, type Harness } from './support/harness';

/** Opens the events stream and collects the parsed `data:` lines as they arrive. */
function openEvents(port: number, token: string): Promise<{ events: unknown[]; res: IncomingMessage; next: (n: number) => Promise<void> }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: '/v1/sync/events', headers: { authorization: `Bearer ${token}` } }, (res) => {
      const events: unknown[] = [];
      const waiters: { n: number; done: () => void }[] = [];
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          for (const line of block.split('\n')) if (line.startsWith('data: ')) events.push(JSON.parse(line.slice(6)));
        }
        for (const w of waiters.filter((w) => events.length >= w.n)) w.done();
      });
      const next = (n: number) => new Promise<void>((done) => (events.length >= n ? done() : waiters.push({ n, done })));
      resolve({ events, res, next });
    });
    req.on('error', reject);
    req.end();
  });
}

describeEachDatabase('change events', (variant) => {
  let db: Database;
  let otherDb: Database;
  let h: Harness;
  let listener: FastifyInstance;
  let port: number;
  beforeAll(async () => {
    db = await variant.open();
    h = await buildHarness(db);
    // On PostgreSQL the stream is served by a second server with its own connections, as another process would.
    otherDb = variant.name === 'PostgreSQL' ? await variant.open() : db;
    listener = await buildApp({ db: otherDb, now: () => new Date(h.clock.ms), streamCheckMs: 100 });
    await listener.listen({ port: 0, host: '127.0.0.1' });
    port = (listener.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await listener?.close();
    await h?.app.close();
    if (otherDb !== db) await otherDb?.close();
    await db?.close();
  });

  it('streams the team version on connect and after each change, to that team only', async () => {
    const team = await createTeam(h);
    const other = await createTeam(h);
    const stream = await openEvents(port, team.admin.token);
    expect(stream.res.statusCode).toBe(200);
    expect(stream.res.headers['content-type']).toMatch(/text\/event-stream/);
    await stream.next(1);
    const v0 = await team.admin.teamVersion();
    expect(stream.events[0]).toEqual({ version: v0 });
    await other.admin.push([{ id: 'elsewhere', fields: { name: ['Other team', 0] } }]);
    await team.admin.push([{ id: 'e', fields: { name: ['E', 0] } }, { id: 'f', fields: { name: ['F', 0] } }]);
    await stream.next(2);
    expect(stream.events).toEqual([{ version: v0 }, { version: v0 + 2 }]);
    stream.res.destroy();
  });

  it.runIf(variant.name === 'PostgreSQL')('keeps streaming after PostgreSQL drops the listening connection', async () => {
    const team = await createTeam(h);
    const stream = await openEvents(port, team.admin.token);
    await stream.next(1);
    await db.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%' AND pid <> pg_backend_pid()");
    await new Promise((r) => setTimeout(r, 2500));
    await team.admin.push([{ id: 'after-drop', fields: { name: ['Still heard', 0] } }]);
    await stream.next(2);
    const v0 = await team.admin.teamVersion();
    expect(stream.events).toEqual([{ version: v0 - 1 }, { version: v0 }]);
    stream.res.destroy();
  });

  it('keeps at most 5 streams per user: the 6th closes the 1st', async () => {
    const team = await createTeam(h);
    const mate = await team.addUser('member');
    const streams: Awaited<ReturnType<typeof openEvents>>[] = [];
    for (let i = 0; i < 5; i += 1) {
      const s = await openEvents(port, team.admin.token);
      await s.next(1);
      streams.push(s);
    }
    const mateStream = await openEvents(port, mate.token);
    await mateStream.next(1);
    const firstEnded = new Promise<void>((resolve) => streams[0]?.res.on('end', () => resolve()));
    const sixth = await openEvents(port, team.admin.token);
    await sixth.next(1);
    await firstEnded;
    await team.admin.push([{ id: 'after-sixth', fields: { name: ['Six', 0] } }]);
    for (const s of [...streams.slice(1), sixth, mateStream]) await s.next(2);
    expect(streams[0]?.events).toHaveLength(1);
    for (const s of [...streams, sixth, mateStream]) s.res.destroy();
  });

  it('ends a stream when its token is revoked, when it expires and when its user is deactivated', async () => {
    const team = await createTeam(h);
    const mate = await team.addUser('member');
    const other = await team.addUser('member');
    const ended = (s: Awaited<ReturnType<typeof openEvents>>) => new Promise<void>((resolve) => s.res.on('end', () => resolve()));

    const revoked = await openEvents(port, mate.token);
    await revoked.next(1);
    const revokedEnd = ended(revoked);
    // Logged out through another server: the periodic session check ends the stream.
    expect((await mate.request('POST', '/v1/auth/logout')).statusCode).toBe(200);
    await revokedEnd;

    const deactivated = await openEvents(port, other.token);
    await deactivated.next(1);
    const deactivatedEnd = ended(deactivated);
    const off = await h.app.inject({ method: 'PATCH', url: `/v1/admin/users/${other.user.id}`, headers: { authorization: `Bearer ${team.admin.token}` }, payload: { active: false } });
    expect(off.statusCode).toBe(200);
    await deactivatedEnd;

    const expiring = await openEvents(port, team.admin.token);
    await expiring.next(1);
    const expiringEnd = ended(expiring);
    const clockBefore = h.clock.ms;
    h.clock.ms += 91 * 24 * 3600_000;
    await expiringEnd;
    h.clock.ms = clockBefore;
  });

  it('refuses the stream without a valid token', async () => {
    const stream = await openEvents(port, 'not-a-token');
    expect(stream.res.statusCode).toBe(401);
    stream.res.destroy();
  });

  it('ends open streams when the server shuts down, so shutdown completes', async () => {
    const team = await createTeam(h);
    const extra = await buildApp({ db: otherDb });
    await extra.listen({ port: 0, host: '127.0.0.1' });
    const stream = await openEvents((extra.server.address() as AddressInfo).port, team.admin.token);
    await stream.next(1);
    const ended = new Promise<void>((resolve) => stream.res.on('end', () => resolve()));
    await extra.close();
    await ended;
  });
});
