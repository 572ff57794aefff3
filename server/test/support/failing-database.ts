import type { Database, Queryable } from '../../src/db/database';

/**
 * Wraps a database so that, while armed, the Nth statement inside a transaction throws, as if the
 * server lost its database connection in the middle of a push.
 */
export function failingDatabase(db: Database): Database & { failAt: number | null } {
  const wrapper = {
    kind: db.kind,
    failAt: null as number | null,
    query: db.query.bind(db),
    listen: db.listen.bind(db),
    close: () => Promise.resolve(),
    transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
      let count = 0;
      return db.transaction((tx) => work({
        query: (sql, params) => {
          count += 1;
          if (wrapper.failAt !== null && count >= wrapper.failAt) return Promise.reject(new Error(`injected failure at statement ${count}`));
          return tx.query(sql, params);
        },
      }));
    },
  };
  return wrapper;
}
