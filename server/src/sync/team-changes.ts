import type { Queryable } from '../db/database';

/** The NOTIFY channel on which committed team versions are announced (across processes). */
export const teamChangesChannel = 'rapport_team_changes';

/** Locks the team's row until the transaction ends and returns its current version: writers of one team queue here. */
export async function lockTeamVersion(tx: Queryable, teamId: string): Promise<number> {
  const rows = await tx.query<{ version: number }>('SELECT version FROM teams WHERE id = $1 FOR UPDATE', [teamId]);
  const row = rows[0];
  if (!row) throw new Error(`Team ${teamId} does not exist`);
  return row.version;
}

/** The team's committed version. */
export async function readTeamVersion(db: Queryable, teamId: string): Promise<number> {
  const rows = await db.query<{ version: number }>('SELECT version FROM teams WHERE id = $1', [teamId]);
  return rows[0]?.version ?? 0;
}
