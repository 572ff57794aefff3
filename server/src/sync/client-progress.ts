import type { Queryable } from '../db/database';

/** The last processed mutation id of a user's installation (0 when none). */
export async function readLastMutationId(db: Queryable, userId: string, clientId: string): Promise<number> {
  const rows = await db.query<{ last_mutation_id: number }>(
    'SELECT last_mutation_id FROM client_progress WHERE user_id = $1 AND client_id = $2', [userId, clientId],
  );
  return rows[0]?.last_mutation_id ?? 0;
}

/** Records the last processed mutation id of a user's installation. */
export async function writeLastMutationId(tx: Queryable, userId: string, clientId: string, last: number): Promise<void> {
  await tx.query(
    `INSERT INTO client_progress (user_id, client_id, last_mutation_id) VALUES ($1, $2, $3)
     ON CONFLICT (user_id, client_id) DO UPDATE SET last_mutation_id = excluded.last_mutation_id`,
    [userId, clientId, last],
  );
}
