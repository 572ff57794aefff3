import type { Database } from './database';
import { migrate } from './migrations';
import { openPgliteDatabase } from './pglite-database';
import { openPostgresDatabase } from './postgres-database';
import { refreshPlannerStatistics } from './planner-statistics';

/** Where the data lives: a PostgreSQL URL, or else a PGlite directory (undefined = in memory). */
export type DatabaseLocation = { databaseUrl?: string | undefined; dataDir?: string | undefined };

/** Opens the configured database, brings its schema up to date and its planner statistics when missing or stale. */
export async function openDatabase(location: DatabaseLocation): Promise<Database> {
  const db = location.databaseUrl
    ? await openPostgresDatabase(location.databaseUrl)
    : await openPgliteDatabase(location.dataDir);
  try {
    await migrate(db);
    await refreshPlannerStatistics(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
