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
    listener = await buildApp({ db: otherDb });
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
    expect(stream.events[0]).toEqual({ version: 0 });
    await other.admin.push([{ id: 'elsewhere', fields: { name: ['Other team', 0] } }]);
    await team.admin.push([{ id: 'e', fields: { name: ['E', 0] } }, { id: 'f', fields: { name: ['F', 0] } }]);
    await stream.next(2);
    expect(stream.events).toEqual([{ version: 0 }, { version: 2 }]);
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
    expect(stream.events).toEqual([{ version: 0 }, { version: 1 }]);
    stream.res.destroy();
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
