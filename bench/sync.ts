/**
 * Sync benchmark (issue: sync in the app).
 * 1. Initial sync: a teammate's empty device pulls the whole generated portfolio from a local server
 *    (its own process on loopback, PGlite on disk), beside a plain Dexie bulkPut of the same records
 *    into an empty database in the same run. Time and the client's peak memory are printed.
 * 2. Incremental: one change pushed by one device and seen by another through the server's change
 *    events (SSE) and a pull.
 * Run: npm run bench:sync   (ACCOUNTS=10000 by default; client storage is fake-indexeddb in Node)
 */
import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generatePortfolio } from '../shared/sample/portfolio';
import { createDataLayer } from '../renderer/src/db/data-layer';
import { createDb, type RapportDb } from '../renderer/src/db/db';
import { listenForChanges } from '../renderer/src/sync/change-events';
import { syncOnce } from '../renderer/src/sync/sync-client';
import { fetchTransport } from '../renderer/src/sync/transport';
import { openDatabase } from '../server/src/db/open-database';
import { startServer } from '../server/test/support/server-process';
import { report } from './measure';
import { seedTeam } from './seed-server';

const accounts = Number(process.env.ACCOUNTS ?? 10_000);
const { usagePoints: _usage, ...sets } = generatePortfolio({ accounts, usageWeeks: 0 });
const counts = Object.entries(sets).map(([entity, rows]) => [entity, rows.length] as const);
const total = counts.reduce((n, [, c]) => n + c, 0);
const timeline = sets.touches.length + sets.tickets.length + sets.surveyResponses.length + sets.escalationEvents.length;
console.log(`${total.toLocaleString()} records: ${accounts.toLocaleString()} accounts, ${sets.contacts.length.toLocaleString()} stakeholders, ${timeline.toLocaleString()} timeline items, ${(sets.commitments.length + sets.escalations.length + sets.reviews.length).toLocaleString()} commitments/escalations/reviews`);
console.log('Server: its own process on loopback, PGlite on disk. Client: fake-indexeddb in Node (indicative only)\n');

const dataDir = mkdtempSync(join(tmpdir(), 'rapport-bench-sync-'));
let t = performance.now();
const seedDb = await openDatabase({ dataDir });
const seeded = await seedTeam(seedDb, sets);
await seedDb.close();
console.log(`Seeded the server with ${total.toLocaleString()} records (team version ${seeded.version.toLocaleString()}) in ${(performance.now() - t).toFixed(0)} ms`);
const server = await startServer({ RAPPORT_DATA_DIR: dataDir, LOG_LEVEL: 'warn' });

try {
  // Baseline: the same records written with a plain bulkPut, then dropped to free memory.
  const baselineDb = createDb('bench-sync-baseline');
  t = performance.now();
  for (const [entity, rows] of Object.entries(sets)) await baselineDb.table(entity).bulkPut(rows);
  const baselineMs = performance.now() - t;
  await baselineDb.delete();

  global.gc?.();
  let peakRss = process.memoryUsage().rss;
  const rssBefore = peakRss;
  const sampler = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 20);
  const target = createDb('bench-sync-target');
  t = performance.now();
  const first = await syncOnce(target, fetchTransport(server.url, seeded.memberToken));
  const firstMs = performance.now() - t;
  clearInterval(sampler);
  if (!first.ok) throw new Error(first.problem.message);
  report(`Initial sync: pull ${first.pulled.toLocaleString()} records`, firstMs, 'plain Dexie bulkPut of the same', baselineMs, undefined);
  console.log(`Client memory: ${mib(rssBefore)} MiB RSS before, peak ${mib(peakRss)} MiB during the initial sync`);
  await verify(target, counts);

  // Incremental: a second device (starting at the head the first one reached) changes one account.
  const source = createDb('bench-sync-source');
  const cursor = await target.meta.get('syncCursor');
  if (cursor) await source.meta.put(cursor);
  const data = createDataLayer(source);
  const id = await data.create('accounts', { ...sets.accounts[0], name: 'Round trip' } as never);
  const sourceTransport = fetchTransport(server.url, seeded.adminToken);
  const targetTransport = fetchTransport(server.url, seeded.memberToken);
  await syncOnce(source, sourceTransport);
  await syncOnce(target, targetTransport);
  const times: number[] = [];
  for (let round = 1; round <= 5; round += 1) {
    const name = `Round trip ${round}`;
    let seen: (() => void) | null = null;
    const arrived = new Promise<void>((done) => { seen = done; });
    const stop = listenForChanges(server.url, seeded.memberToken, () => {
      void syncOnce(target, targetTransport).then(async () => { if ((await target.accounts.get(id))?.name === name) seen?.(); });
    });
    await new Promise((done) => setTimeout(done, 200)); // the stream is open and its first event handled
    t = performance.now();
    await data.update('accounts', id, { name });
    await syncOnce(source, sourceTransport);
    await arrived;
    times.push(performance.now() - t);
    stop();
  }
  times.sort((a, b) => a - b);
  report('One change: edit → push → SSE → pull, median of 5', times[2] ?? 0, 'plain Dexie put of one account', await putOneMs(), 200);
} finally {
  server.child.kill('SIGTERM');
  await server.exited;
  rmSync(dataDir, { recursive: true, force: true });
}

async function verify(db: RapportDb, expected: readonly (readonly [string, number])[]) {
  const wrong: string[] = [];
  for (const [entity, count] of expected) {
    const have = await db.table(entity).count();
    if (have !== count) wrong.push(`${entity}: ${have} of ${count}`);
  }
  console.log(wrong.length === 0 ? 'Verified: every table holds every record' : `NOT COMPLETE: ${wrong.join(', ')}`);
}

async function putOneMs(): Promise<number> {
  const db = createDb('bench-sync-put-one');
  const start = performance.now();
  await db.accounts.put({ ...sets.accounts[0], id: 'one' } as never);
  const ms = performance.now() - start;
  await db.delete();
  return ms;
}

function mib(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(0);
}
