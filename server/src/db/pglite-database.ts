import { PGlite } from '@electric-sql/pglite';
import { parseInt8, type Database, type Queryable, type Row } from './database';

/** Opens an embedded PGlite database in `dataDir`, or in memory when `dataDir` is undefined. */
export async function openPgliteDatabase(dataDir?: string): Promise<Database> {
  const pg = await PGlite.create(dataDir, { parsers: { 20: parseInt8 } });
  return {
    kind: 'pglite',
    async query<R extends Row>(sql: string, params?: readonly unknown[]) {
      const result = await pg.query<R>(sql, params ? [...params] : undefined);
      return result.rows;
    },
    transaction<T>(work: (tx: Queryable) => Promise<T>) {
      return pg.transaction((tx) =>
        work({
          async query<R extends Row>(sql: string, params?: readonly unknown[]) {
            const result = await tx.query<R>(sql, params ? [...params] : undefined);
            return result.rows;
          },
        }),
      );
    },
    async listen(channel, onPayload) {
      const unlisten = await pg.listen(channel, onPayload);
      return async () => { await unlisten(); };
    },
    async close() {
      await pg.close();
    },
  };
}
