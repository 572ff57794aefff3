import type { Database, Queryable } from '../../src/db/database';

/**
 * Wraps a database so that, while armed, the Nth statement inside a transaction throws, as if the
 * server lost its database connection in the middle of a push. With `afterRunning`, the Nth
 * statement runs first and its answer is lost (the connection dropped before the reply came).
 */
export function failingDatabase(db: Database): Database & { failAt: number | null; afterRunning: boolean } {
  const wrapper = {
    kind: db.kind,
    failAt: null as number | null,
    afterRunning: false,
    query: db.query.bind(db),
    listen: db.listen.bind(db),
    close: () => Promise.resolve(),
    transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
      let count = 0;
      return db.transaction((tx) => work({
        query: (sql, params) => {
          count += 1;
          const armed = wrapper.failAt !== null && count >= wrapper.failAt;
          if (armed && !wrapper.afterRunning) return Promise.reject(new Error(`injected failure at statement ${count}`));
          if (armed) return tx.query(sql, params).then(() => Promise.reject(new Error(`injected failure after statement ${count}`)));
          return tx.query(sql, params);
        },
      }));
    },
  };
  return wrapper;
}
