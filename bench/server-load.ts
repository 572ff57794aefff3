/**
 * Server load benchmark (not a pass/fail test): starts the sync server as its own process on loopback,
 * on PGlite (and on PostgreSQL when RAPPORT_TEST_DATABASE_URL is set), runs 50 simulated clients in
 * 5 teams that push and pull for BENCH_SECONDS (default 60), and prints throughput and p50/p99 latency
 * beside the time a plain multi-row INSERT takes for the same number of rows, in the same run; then the
 * latency of the same clients at a steady rate (BENCH_PACE_MS per client round, default 10 s).
 * Users are created the way a team would: the create-user CLI, then the admin endpoint.
 * Run: npx tsx bench/server-load.ts   (BENCH_SECONDS=10 for a quick run, BENCH_ENGINE=postgres for PostgreSQL alone)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { accountFields } from '../shared/domain/account';
import type { LoginResponse } from '../shared/sync/protocol';
import { pgliteInsertMs, postgresInsertMs, type BaselineMs } from './server-baseline';
import { percentile, post, runClient, type ClientStats, type SimulatedClient } from './server-load-clients';

const seconds = Number(process.env.BENCH_SECONDS ?? 60);
const clientCount = Number(process.env.BENCH_CLIENTS ?? 50);
const teamCount = 5;
const batch = 20;
/** The steady phase's period per client: 50 clients x 20 mutations every 10 s = 100 mutations/s, far more than 50 people type. */
const paceMs = Number(process.env.BENCH_PACE_MS ?? 10_000);
const serverDir = resolve(import.meta.dirname, '../server');
const password = 'benchmark-password';

function freePort(): Promise<number> {
  return new Promise((done) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function runServerScript(script: string, args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [...(process.env.BENCH_SERVER_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_SERVER_PROFILE] : []), '--import', 'tsx', script, ...args], { cwd: serverDir, env: { ...process.env, ...env, LOG_LEVEL: 'warn' }, stdio: ['ignore', 'ignore', 'inherit'] });
}

const exited = (child: ChildProcess) => new Promise<number | null>((done) => child.on('exit', done));

async function login(baseUrl: string, email: string): Promise<string> {
  const res = await post<LoginResponse>(`${baseUrl}/v1/auth/login`, null, { email, password });
  if (res.status !== 200) throw new Error(`login of ${email} answered ${res.status}`);
  return res.body.token;
}

async function bench(name: string, env: Record<string, string>, baseline: (rows: number) => Promise<BaselineMs>): Promise<void> {
  const run = Date.now().toString(36);
  const admins = Array.from({ length: teamCount }, (_, t) => `bench-${run}-admin-${t}@example.com`);
  for (const [t, email] of admins.entries()) {
    const code = await exited(runServerScript('src/create-user.ts', ['--email', email, '--password', password, '--name', `Admin ${t}`, '--team', `bench-${run}-${t}`, '--role', 'admin'], env));
    if (code !== 0) throw new Error(`create-user failed (${code})`);
  }
  const port = await freePort();
  const child = runServerScript('src/index.ts', [], { ...env, PORT: String(port), HOST: '127.0.0.1' });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let ready = false; !ready;) ready = await fetch(`${baseUrl}/v1/health`).then((r) => r.ok, () => new Promise((r) => setTimeout(() => r(false), 200)));

  const clients: SimulatedClient[] = [];
  for (const [t, adminEmail] of admins.entries()) {
    const adminToken = await login(baseUrl, adminEmail);
    const sharedIds = Array.from({ length: 10 }, (_, i) => `shared-${t}-${i}`);
    for (let c = t; c < clientCount; c += teamCount) {
      const email = `bench-${run}-${c}@example.com`;
      await post(`${baseUrl}/v1/admin/users`, adminToken, { email, password, name: `Client ${c}`, role: 'member' });
      clients.push({ token: await login(baseUrl, email), clientId: `bench-${run}-${c}`, sharedIds });
    }
  }

  const t0 = performance.now();
  const stats: ClientStats[] = await Promise.all(clients.map((c) => runClient(baseUrl, c, t0 + seconds * 1000, batch)));
  const elapsed = (performance.now() - t0) / 1000;
  // Then latency at a steady rate: every client goes on from where it stood, pushing and pulling once per paceMs.
  const t1 = performance.now();
  const steady: ClientStats[] = await Promise.all(clients.map((c) => runClient(baseUrl, c, t1 + seconds * 1000, batch, paceMs)));
  const steadyElapsed = (performance.now() - t1) / 1000;
  child.kill('SIGTERM');
  await exited(child);

  const all = (k: 'pushMs' | 'pullMs') => stats.flatMap((s) => s[k]);
  const sum = (k: 'mutations' | 'creates' | 'conflicts' | 'pulledRecords' | 'errors') => stats.reduce((n, s) => n + s[k], 0);
  const mutations = sum('mutations');
  // The rows the server writes: a create carries 2 fields and the server completes it with the
  // defaults of the others (PROTOCOL.md 1.1), so it writes its record row and one row per account
  // field; an edit of a shared record writes its 2 fields and its record row; a conflict adds a
  // conflict record (12 fields and a row). (The first write of each shared record, a create, is counted as an edit.)
  const accountFieldCount = Object.keys(accountFields).length;
  const rows = sum('creates') * (1 + accountFieldCount) + (mutations - sum('creates')) * 3 + sum('conflicts') * 13;
  const baselineMs = await baseline(rows);
  const serverRowsPerSec = rows / elapsed;
  const rate = (ms: number) => rows / (ms / 1000);
  const line = (k: 'pushMs' | 'pullMs') => `p50 ${percentile(all(k), 50).toFixed(1)} ms, p99 ${percentile(all(k), 99).toFixed(1)} ms`;
  console.log(`\n${name}: ${clients.length} clients in ${teamCount} teams, ${batch} mutations per push, ${elapsed.toFixed(1)} s`);
  console.log(`  push   ${all('pushMs').length} requests (${(all('pushMs').length / elapsed).toFixed(1)}/s), ${mutations} mutations (${(mutations / elapsed).toFixed(0)}/s: ${sum('creates')} creates), ${sum('conflicts')} conflicts; ${line('pushMs')}`);
  console.log(`  pull   ${all('pullMs').length} requests (${(all('pullMs').length / elapsed).toFixed(1)}/s), ${sum('pulledRecords')} records; ${line('pullMs')}`);
  console.log(`  errors ${sum('errors')}`);
  console.log(`  ${rows} rows written: through the server ${serverRowsPerSec.toFixed(0)} rows/s; plain multi-row INSERT ${rate(baselineMs.bare).toFixed(0)} rows/s into a keyless temporary table (${baselineMs.bare.toFixed(0)} ms), ${rate(baselineMs.keyed).toFixed(0)} rows/s into a table shaped like \`fields\` with its primary key (${baselineMs.keyed.toFixed(0)} ms)`);
  console.log(`  ratio  server / raw insert time: ${(rate(baselineMs.bare) / serverRowsPerSec).toFixed(1)}x the keyless temporary table, ${(rate(baselineMs.keyed) / serverRowsPerSec).toFixed(1)}x the keyed table (the server also validates, merges and serves pulls)`);
  const steadyAll = (k: 'pushMs' | 'pullMs') => steady.flatMap((st) => st[k]);
  const steadyLine = (k: 'pushMs' | 'pullMs') => `p50 ${percentile(steadyAll(k), 50).toFixed(1)} ms, p99 ${percentile(steadyAll(k), 99).toFixed(1)} ms`;
  const steadyMutations = steady.reduce((n, st) => n + st.mutations, 0);
  console.log(`  steady: each client pushes ${batch} mutations and pulls once every ${paceMs} ms, ${steadyElapsed.toFixed(1)} s (${(steadyMutations / steadyElapsed).toFixed(0)} mutations/s, errors ${steady.reduce((n, st) => n + st.errors, 0)})`);
  console.log(`         push ${steadyAll('pushMs').length} requests, ${steadyLine('pushMs')}; pull ${steadyAll('pullMs').length} requests, ${steadyLine('pullMs')}`);
}

const dir = mkdtempSync(join(tmpdir(), 'rapport-bench-'));
try {
  const url = process.env.RAPPORT_TEST_DATABASE_URL;
  // BENCH_ENGINE=postgres skips PGlite (creating its data directory alone can take a minute on a busy machine).
  if (process.env.BENCH_ENGINE !== 'postgres') await bench('PGlite (embedded)', { RAPPORT_DATA_DIR: dir, DATABASE_URL: '' }, (rows) => pgliteInsertMs(dir, rows));
  if (url) await bench('PostgreSQL', { DATABASE_URL: url }, (rows) => postgresInsertMs(url, rows));
  else console.log('\nPostgreSQL: skipped (set RAPPORT_TEST_DATABASE_URL, e.g. eval "$(bash test/setup/start-postgres.sh)")');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
