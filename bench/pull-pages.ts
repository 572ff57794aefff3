/**
 * Pull page benchmark (not a pass/fail test): the cost of the server's pull page query alone, without
 * HTTP or a browser. Pages through a seeded team from the start, as a first sync does, calling the
 * server's processPull directly, and prints the time of each page beside the time of a plain
 * SELECT of the same field rows (one scan, no JSON), in the same run.
 * PGlite: SEED_DIR=/tmp/copy (a directory made by bench/sync-chromium.ts with SEED_DIR; copy it first:
 * a PGlite directory is opened by one process at a time). PostgreSQL: RAPPORT_TEST_DATABASE_URL set
 * (seeds ACCOUNTS accounts there first, default 2,000, unless BENCH_REUSE=1).
 * Run: SEED_DIR=/tmp/x npx tsx bench/pull-pages.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Database } from '../server/src/db/database';
import { openDatabase } from '../server/src/db/open-database';
import { processPull as currentPull } from '../server/src/sync/pull';
import { userFromRow, type UserRow } from '../server/src/users/users';
import { generatePortfolio } from '../shared/sample/portfolio';
import type { PullResponse } from '../shared/sync/protocol';
import { percentile } from './server-load-clients';
import { seedTeam, type SeededTeam } from './seed-server';

const accounts = Number(process.env.ACCOUNTS ?? 2_000);
const limit = Number(process.env.PAGE_LIMIT ?? 2_000);
// PULL_MODULE=path compares another version of server/src/sync/pull.ts (e.g. main's, copied beside it).
const processPull = process.env.PULL_MODULE ? ((await import(process.env.PULL_MODULE)) as { processPull: typeof currentPull }).processPull : currentPull;

async function pageThrough(name: string, db: Database, seeded: Pick<SeededTeam, 'memberEmail' | 'teamId'>): Promise<void> {
  const [row] = await db.query<UserRow>('SELECT id, email, name, team_id, role, active FROM users WHERE email_key = lower($1)', [seeded.memberEmail]);
  if (!row) throw new Error(`No user ${seeded.memberEmail}`);
  const user = userFromRow(row);
  const [meta] = await db.query<{ value: string }>("SELECT value FROM server_meta WHERE key = 'instance_id'");
  const serverId = meta?.value ?? '';
  const pageMs: number[] = [];
  let records = 0;
  let bytes = 0;
  let cursor: string | null = null;
  for (let more = true; more;) {
    const t = performance.now();
    const text = await processPull(db, serverId, user, { clientId: 'bench-pull-pages', cursor, limit });
    pageMs.push(performance.now() - t);
    const page = JSON.parse(text) as PullResponse;
    records += page.changes.length;
    bytes += text.length;
    cursor = page.cursor;
    more = page.more;
  }
  // Raw: the same field rows read once, in version order, as text (what any answer must at least read).
  const t = performance.now();
  const raw = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n, sum(octet_length(f.value::text))::bigint AS b FROM records r JOIN fields f ON f.team_id = r.team_id AND f.entity = r.entity AND f.record_id = r.id
     WHERE r.team_id = $1 AND (r.space = 'team' OR r.owner_id = $2)`, [seeded.teamId, user.id]);
  const rawMs = performance.now() - t;
  const total = pageMs.reduce((a, b) => a + b, 0);
  console.log(`${name}: ${pageMs.length} pages of up to ${limit}, ${records} records, ${(bytes / 1048576).toFixed(1)} MiB`);
  if (process.env.PAGE_DETAIL) console.log(`  pages (ms): ${pageMs.map((ms) => ms.toFixed(0)).join(' ')}`);
  console.log(`  page p50 ${percentile(pageMs, 50).toFixed(0)} ms, max ${Math.max(...pageMs).toFixed(0)} ms, all pages ${total.toFixed(0)} ms | one plain scan of the ${raw[0]?.n ?? 0} field rows ${rawMs.toFixed(0)} ms`);
}

const url = process.env.RAPPORT_TEST_DATABASE_URL;
if (process.env.SEED_DIR) {
  const dataDir = join(process.env.SEED_DIR, `accounts-${accounts}`);
  const seeded = JSON.parse(readFileSync(join(dataDir, 'bench-seeded.json'), 'utf8')) as SeededTeam;
  const db = await openDatabase({ dataDir });
  try { await pageThrough('PGlite (on disk)', db, seeded); } finally { await db.close(); }
}
if (url) {
  const db = await openDatabase({ databaseUrl: url });
  try {
    let seeded: Pick<SeededTeam, 'memberEmail' | 'teamId'>;
    if (process.env.BENCH_REUSE) {
      const [team] = await db.query<{ team_id: string; email: string }>("SELECT team_id, email FROM users WHERE role = 'member' AND email LIKE 'member-%' ORDER BY created_at DESC LIMIT 1");
      if (!team) throw new Error('Nothing seeded to reuse');
      seeded = { teamId: team.team_id, memberEmail: team.email };
    } else {
      const { usagePoints: _usage, ...sets } = generatePortfolio({ accounts, usageWeeks: 0 });
      seeded = await seedTeam(db, sets);
    }
    await pageThrough('PostgreSQL', db, seeded);
  } finally { await db.close(); }
}
