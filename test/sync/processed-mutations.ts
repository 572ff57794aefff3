import type { Database, Queryable, Row } from '../../server/src/db/database';

/** One field written by a client's mutation, as the server committed it. */
export type CommittedWrite = { entity: string; id: string; field: string; clientId: string; hlc: string };

/**
 * Wraps the server's database to log every field that committed transactions wrote on behalf of a
 * client (conflict records, written by no client, are left out). A mutation carries one HLC per
 * client, so the same field written twice with the same client and HLC means a mutation was
 * applied twice. Reads the one write statement of server/src/sync/record-store.ts (its fields are parameter $3).
 */
export function logCommittedWrites(db: Database): { db: Database; writes: CommittedWrite[] } {
  const writes: CommittedWrite[] = [];
  const wrapped: Database = {
    kind: db.kind,
    query: (sql, params) => db.query(sql, params),
    listen: (channel, onPayload) => db.listen(channel, onPayload),
    close: () => db.close(),
    async transaction(work) {
      const seen: CommittedWrite[] = [];
      const result = await db.transaction((tx) => work({
        async query<R extends Row>(sql: string, params?: readonly unknown[]): Promise<R[]> {
          const rows = await tx.query<R>(sql, params);
          if (sql.includes('INSERT INTO fields')) {
            const written = JSON.parse(String(params?.[2])) as { entity: string; id: string; field: string; wc: string | null; hlc: string }[];
            for (const w of written) if (w.wc !== null) seen.push({ entity: w.entity, id: w.id, field: w.field, clientId: w.wc, hlc: w.hlc });
          }
          return rows;
        },
      } satisfies Queryable));
      writes.push(...seen); // committed
      return result;
    },
  };
  return { db: wrapped, writes };
}

/** Fields written more than once by the same mutation (same client and HLC): none when every mutation was applied once. */
export function writtenTwice(writes: readonly CommittedWrite[]): string[] {
  const seen = new Set<string>();
  const twice: string[] = [];
  for (const w of writes) {
    const key = `${w.clientId} ${w.hlc} ${w.entity}/${w.id}.${w.field}`;
    if (seen.has(key)) twice.push(key);
    seen.add(key);
  }
  return twice;
}
