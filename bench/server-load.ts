/**
 * Server load benchmark (not a pass/fail test): starts the sync server as its own process on loopback,
 * on PGlite (and on PostgreSQL when RAPPORT_TEST_DATABASE_URL is set), runs 50 simulated clients in
 * 5 teams that push and pull for BENCH_SECONDS (default 60), and prints throughput and p50/p99 latency
 * beside the time a plain multi-row INSERT takes for the same number of field rows, in the same run.
 * Run: npx tsx bench/server-load.ts   (BENCH_SECONDS=10 for a quick run)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createSession } from '../server/src/auth/sessions';
import type { Database } from '../server/src/db/database';
import { openDatabase, type DatabaseLocation } from '../server/src/db/open-database';
import { createUser, findOrCreateTeam } from '../server/src/users/users';
import { percentile, runClient, type ClientStats, type SimulatedClient } from './server-load-clients';

const seconds = Number(process.env.BENCH_SECONDS ?? 60);
const clientCount = Number(process.env.BENCH_CLIENTS ?? 50);
const teamCount = 5;
const batch = 20;
const serverDir = resolve(import.meta.dirname, '../server');

function freePort(): Promise<number> {
  return new Promise((done) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function setUpClients(db: Database, run: string): Promise<SimulatedClient[]> {
  const clients: SimulatedClient[] = [];
  for (let t = 0; t < teamCount; t += 1) {
    const team = await findOrCreateTeam(db, `bench-${run}-${t}`);
    const sharedIds = Array.from({ length: 10 }, (_, i) => `shared-${t}-${i}`);
    for (let c = t; c < clientCount; c += teamCount) {
      const user = await createUser(db, { teamId: team.id, email: `bench-${run}-${c}@example.com`, password: 'benchmark', name: `Client ${c}`, role: 'member' });
      if (!user) throw new Error('bench user exists');
      clients.push({ token: await createSession(db, user.id, new Date()), clientId: `bench-${run}-${c}`, sharedIds });
    }
  }
  return clients;
}

/** Writes `rows` field-shaped rows with plain multi-row INSERTs of 1000 rows; returns the milliseconds. */
async function baselineInsertMs(db: Database, rows: number): Promise<number> {
  await db.query('CREATE TEMP TABLE IF NOT EXISTS bench_baseline (team_id text, entity text, record_id text, field text, value jsonb, version bigint, hlc text, writer_user_id text, writer_client_id text)');
  const t0 = performance.now();
  for (let done = 0; done < rows; done += 1000) {
    const n = Math.min(1000, rows - done);
    const params: unknown[] = [];
    const values = Array.from({ length: n }, (_, i) => {
      const at = params.length;
      params.push(`r${done + i}`, JSON.stringify(`Account ${done + i}`), done + i);
      return `('t', 'accounts', $${at + 1}, 'name', $${at + 2}::jsonb, $${at + 3}, '2026-11-22T06:33:21.123Z-0000-0123456789abcdef', 'u', 'c')`;
    });
    await db.query(`INSERT INTO bench_baseline VALUES ${values.join(', ')}`, params);
  }
  const ms = performance.now() - t0;
  await db.query('DROP TABLE bench_baseline');
  return ms;
}

async function bench(name: string, location: DatabaseLocation, env: Record<string, string>): Promise<void> {
  const run = Date.now().toString(36);
  let db = await openDatabase(location);
  const clients = await setUpClients(db, run);
  if (db.kind === 'pglite') await db.close(); // PGlite allows one process: the server opens it.
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: serverDir, env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' }, stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let ready = false; !ready;) ready = await fetch(`${baseUrl}/v1/health`).then((r) => r.ok, () => new Promise((r) => setTimeout(() => r(false), 200)));

  const t0 = performance.now();
  const stats: ClientStats[] = await Promise.all(clients.map((c) => runClient(baseUrl, c, t0 + seconds * 1000, batch)));
  const elapsed = (performance.now() - t0) / 1000;
  child.kill('SIGTERM');
  await new Promise((done) => child.on('exit', done));

  const all = (k: 'pushMs' | 'pullMs') => stats.flatMap((s) => s[k]);
  const sum = (k: 'mutations' | 'conflicts' | 'pulledRecords' | 'errors') => stats.reduce((n, s) => n + s[k], 0);
  const mutations = sum('mutations');
  // Each mutation writes two fields and its record row; a conflict adds a 12-field conflict record.
  const rows = mutations * 3 + sum('conflicts') * 13;
  if (db.kind === 'pglite') db = await openDatabase(location);
  const baselineMs = await baselineInsertMs(db, rows);
  await db.close();
  const serverRowsPerSec = rows / elapsed;
  const baselineRowsPerSec = rows / (baselineMs / 1000);
  console.log(`\n${name}: ${clients.length} clients in ${teamCount} teams, ${elapsed.toFixed(1)} s`);
  console.log(`  push  ${all('pushMs').length} requests (${(all('pushMs').length / elapsed).toFixed(0)}/s), ${mutations} mutations (${(mutations / elapsed).toFixed(0)}/s), ${sum('conflicts')} conflicts; p50 ${percentile(all('pushMs'), 50).toFixed(1)} ms, p99 ${percentile(all('pushMs'), 99).toFixed(1)} ms`);
  console.log(`  pull  ${all('pullMs').length} requests (${(all('pullMs').length / elapsed).toFixed(0)}/s), ${sum('pulledRecords')} records; p50 ${percentile(all('pullMs'), 50).toFixed(1)} ms, p99 ${percentile(all('pullMs'), 99).toFixed(1)} ms`);
  console.log(`  errors ${sum('errors')}`);
  console.log(`  rows written ${rows}: through the server ${serverRowsPerSec.toFixed(0)} rows/s; plain multi-row INSERT ${baselineRowsPerSec.toFixed(0)} rows/s (${baselineMs.toFixed(0)} ms)`);
  console.log(`  ratio: the server writes at 1/${(baselineRowsPerSec / serverRowsPerSec).toFixed(1)} of the raw insert speed (while also serving pulls)`);
}

const dir = mkdtempSync(join(tmpdir(), 'rapport-bench-'));
try {
  await bench('PGlite (embedded)', { dataDir: dir }, { RAPPORT_DATA_DIR: dir, DATABASE_URL: '' });
  const url = process.env.RAPPORT_TEST_DATABASE_URL;
  if (url) await bench('PostgreSQL', { databaseUrl: url }, { DATABASE_URL: url });
  else console.log('\nPostgreSQL: skipped (set RAPPORT_TEST_DATABASE_URL, e.g. eval "$(bash test/setup/start-postgres.sh)")');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
