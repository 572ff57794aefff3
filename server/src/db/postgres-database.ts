import pg from 'pg';
import { parseInt8, type Database, type Queryable, type Row } from './database';

const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8 ? parseInt8 : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** Connects to PostgreSQL at `url` through a connection pool. */
export async function openPostgresDatabase(url: string, poolSize = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  await pool.query('SELECT 1');
  const listeners = new Set<pg.Client>();
  let closed = false;
  return {
    kind: 'postgres',
    async query<R extends Row>(sql: string, params?: readonly unknown[]) {
      const result = await pool.query<R>(sql, params ? [...params] : undefined);
      return result.rows;
    },
    async transaction<T>(work: (tx: Queryable) => Promise<T>) {
      const client = await pool.connect();
      let broken = false;
      try {
        await client.query('BEGIN');
        const result = await work({
          async query<R extends Row>(sql: string, params?: readonly unknown[]) {
            return (await client.query<R>(sql, params ? [...params] : undefined)).rows;
          },
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => { broken = true; });
        throw error;
      } finally {
        client.release(broken);
      }
    },
    async listen(channel, onPayload) {
      let stopped = false;
      let current: pg.Client | null = null;
      // A dedicated connection; when it drops, reconnect so this process keeps hearing other processes' changes.
      const connect = async (): Promise<void> => {
        if (stopped || closed) return;
        const client = new pg.Client({ connectionString: url, types });
        client.on('notification', (n) => { if (n.channel === channel) onPayload(n.payload ?? ''); });
        let retried = false;
        const retry = () => {
          listeners.delete(client);
          if (retried || stopped || closed || current !== client) return;
          retried = true;
          setTimeout(() => { connect().catch(() => undefined); }, 1000);
        };
        client.on('error', retry);
        client.on('end', retry);
        current = client;
        listeners.add(client);
        try {
          await client.connect();
          await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
        } catch (error) {
          retry();
          await client.end().catch(() => undefined);
          throw error;
        }
      };
      try {
        await connect();
      } catch (error) {
        stopped = true;
        throw error;
      }
      return async () => {
        stopped = true;
        const client = current;
        current = null;
        if (client) {
          listeners.delete(client);
          await client.end().catch(() => undefined);
        }
      };
    },
    async close() {
      closed = true;
      await Promise.all([...listeners].map((c) => c.end().catch(() => undefined)));
      listeners.clear();
      await pool.end();
    },
  };
}
