/**
 * The raw baselines of the server load benchmark: the same number of field-shaped rows written with
 * plain multi-row INSERTs (1000 rows each), straight into the database the server used — once into
 * a temporary table without any key (not logged, no index: the cheapest write there is), and once into
 * a durable table shaped like the server's `fields` table, with its primary key (what any store of
 * these rows pays).
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { performance } from 'node:perf_hooks';

type Query = (sql: string, params?: unknown[]) => Promise<unknown>;

/** The two raw baselines, in milliseconds. */
export type BaselineMs = { bare: number; keyed: number };

async function timeInserts(query: Query, rows: number): Promise<BaselineMs> {
  await query('CREATE TEMP TABLE bench_baseline (team_id text, entity text, record_id text, field text, value jsonb, version bigint, hlc text, writer_user_id text, writer_client_id text)');
  const bare = await timeInto(query, 'bench_baseline', rows);
  await query('CREATE TABLE bench_baseline_keyed (LIKE fields INCLUDING ALL)');
  try {
    return { bare, keyed: await timeInto(query, 'bench_baseline_keyed', rows) };
  } finally {
    await query('DROP TABLE bench_baseline_keyed');
  }
}

async function timeInto(query: Query, table: string, rows: number): Promise<number> {
  const t0 = performance.now();
  for (let done = 0; done < rows; done += 1000) {
    const n = Math.min(1000, rows - done);
    const params: unknown[] = [];
    const values = Array.from({ length: n }, (_, i) => {
      const at = params.length;
      params.push(`r${done + i}`, JSON.stringify(`Account ${done + i}`), done + i);
      return `('t', 'accounts', $${at + 1}, 'name', $${at + 2}::jsonb, $${at + 3}, '2026-11-22T06:33:21.123Z-0000-0123456789abcdef', 'u', 'c')`;
    });
    await query(`INSERT INTO ${table} VALUES ${values.join(', ')}`, params);
  }
  return performance.now() - t0;
}

/** Milliseconds to insert `rows` rows into the PGlite database in `dataDir` (the server must be stopped). */
export async function pgliteInsertMs(dataDir: string, rows: number): Promise<BaselineMs> {
  const db = await PGlite.create(dataDir);
  try {
    return await timeInserts((sql, params) => db.query(sql, params), rows);
  } finally {
    await db.close();
  }
}

/** Milliseconds to insert `rows` rows into the PostgreSQL database at `url`. */
export async function postgresInsertMs(url: string, rows: number): Promise<BaselineMs> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await timeInserts((sql, params) => client.query(sql, params), rows);
  } finally {
    await client.end();
  }
}
