/**
 * Initial sync benchmark (issue: sync in the app): a teammate's device pulls a whole generated
 * portfolio from a local server (in-process, PGlite in memory) into an empty database
 * (fake-indexeddb in Node), beside a plain Dexie bulkPut of the same records in the same run.
 * Run: npm run bench:sync   (ACCOUNTS=10000 by default; timeline and usage are left out to keep the run short)
 */
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { generatePortfolio } from '../shared/sample/portfolio';
import { createDataLayer } from '../renderer/src/db/data-layer';
import { createDb } from '../renderer/src/db/db';
import { syncOnce } from '../renderer/src/sync/sync-client';
import type { SyncTransport } from '../renderer/src/sync/transport';
import { openDatabase } from '../server/src/db/open-database';
import { buildHarness, createTeam } from '../server/test/support/harness';
import { report } from './measure';

const accounts = Number(process.env.ACCOUNTS ?? 10_000);
const portfolio = generatePortfolio({ accounts, usageWeeks: 0 });
const sets = { accounts: portfolio.accounts, contacts: portfolio.contacts, teamMembers: portfolio.teamMembers };
const total = Object.values(sets).reduce((n, rows) => n + rows.length, 0);
console.log(`${total.toLocaleString()} records (${accounts.toLocaleString()} accounts with stakeholders); server PGlite in memory, client fake-indexeddb\n`);

const serverDb = await openDatabase({});
const h = await buildHarness(serverDb);
const team = await createTeam(h);
const member = await team.addUser('member');
const transportFor = (token: string): SyncTransport => async ({ method, path, body }) => {
  const res = await h.app.inject({ method, url: path, headers: { authorization: `Bearer ${token}` }, ...(body === undefined ? {} : { payload: body as object }) });
  return { status: res.statusCode, body: res.body ? (JSON.parse(res.body) as unknown) : null };
};

// The portfolio reaches the server from the admin's device.
const source = createDb('bench-sync-source');
const data = createDataLayer(source);
for (const [entity, rows] of Object.entries(sets)) await data.createMany(entity as never, rows as never);
let t = performance.now();
const seeded = await syncOnce(source, transportFor(team.admin.token));
if (!seeded.ok) throw new Error(seeded.problem.message);
console.log(`Pushed ${seeded.pushed.toLocaleString()} mutations to the server in ${(performance.now() - t).toFixed(0)} ms`);

// Baseline: the same records written with a plain bulkPut.
const baselineDb = createDb('bench-sync-baseline');
t = performance.now();
for (const [entity, rows] of Object.entries(sets)) await baselineDb.table(entity).bulkPut(rows);
const baselineMs = performance.now() - t;

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 50);
const target = createDb('bench-sync-target');
t = performance.now();
const first = await syncOnce(target, transportFor(member.token));
const firstMs = performance.now() - t;
clearInterval(sampler);
if (!first.ok) throw new Error(first.problem.message);
report(`Initial sync: pull ${first.pulled.toLocaleString()} records`, firstMs, 'plain Dexie bulkPut of the same', baselineMs, undefined);
console.log(`Peak memory during the initial sync: ${(peakRss / 1024 / 1024).toFixed(0)} MiB RSS`);

// Incremental: one change made on one device, seen by the other after one round each.
await data.update('accounts', portfolio.accounts[0]?.id ?? '', { name: 'Renamed for the round trip' });
t = performance.now();
await syncOnce(source, transportFor(team.admin.token));
await syncOnce(target, transportFor(member.token));
const roundTripMs = performance.now() - t;
const seen = (await target.accounts.get(portfolio.accounts[0]?.id ?? ''))?.name;
report(`One change, push + pull round trip (${seen === 'Renamed for the round trip' ? 'seen' : 'NOT seen'})`, roundTripMs, 'plain Dexie bulkPut of the portfolio', baselineMs, 200);
await h.app.close();
await serverDb.close();
