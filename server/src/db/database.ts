/** A result row, keyed by column name. */
export type Row = Record<string, unknown>;

/** Something SQL can be sent to: the database itself or an open transaction. */
export interface Queryable {
  /** Runs one statement with `$1…` parameters and returns its rows. */
  query<R extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<R[]>;
}

/**
 * The one storage interface of the server, implemented over embedded PGlite and over PostgreSQL
 * (node-postgres). Both run exactly the same SQL; 64-bit integers come back as numbers.
 */
export interface Database extends Queryable {
  /** Which engine this is, for logs and benchmarks. */
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Calls `onPayload` for every NOTIFY on `channel` (from any process); resolves to an unsubscribe. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  /** Closes every connection. */
  close(): Promise<void>;
}

/** Parses PostgreSQL int8 text; versions and ids stay far below 2^53. */
export const parseInt8 = (text: string): number => Number(text);
