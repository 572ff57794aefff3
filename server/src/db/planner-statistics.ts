import type { Queryable } from './database';

/** The tables whose row counts decide the sync queries' plans (a pull page walks `records` by version). */
const syncTables = ['records', 'fields'] as const;

/**
 * Refreshes the planner's statistics of the sync tables when they are missing (never analyzed while
 * holding rows) or stale (the table at least doubled in size since its last analysis), and returns the
 * tables it analyzed. Without them PostgreSQL guesses that a team holds 0.5% of the rows and plans a
 * pull page as "read every newer record, then sort", which costs the whole table on every page.
 * PostgreSQL's autovacuum does this on its own; embedded PGlite has no autovacuum, so the server does it.
 */
export async function refreshPlannerStatistics(db: Queryable): Promise<string[]> {
  const rows = await db.query<{ name: string; stale: boolean }>(
    `SELECT c.relname AS name,
       pg_relation_size(c.oid) > 0 AND (c.reltuples < 0
         OR pg_relation_size(c.oid) / current_setting('block_size')::int >= 2 * greatest(c.relpages, 4)) AS stale
     FROM pg_class c WHERE c.relname = ANY($1::text[]) AND c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace`,
    [syncTables],
  );
  const stale = rows.filter((r) => r.stale).map((r) => r.name);
  // The names come from the list above, never from input.
  for (const table of stale) await db.query(`ANALYZE ${table}`);
  return stale;
}
