/**
 * Seeds a sync server's database with a team whose records are already there, as if its members
 * had pushed them: one version per record, every field written at that version. Pushing 300,000
 * records through the API would take the benchmark tens of minutes; what is measured is the pull.
 */
import { randomBytes } from 'node:crypto';
import type { Database } from '../server/src/db/database';
import { createSession } from '../server/src/auth/sessions';
import { createUser, findOrCreateTeam, isEmailTaken } from '../server/src/users/users';
import { formatHlc } from '../shared/sync/hlc';

/** Records to seed, by entity. */
export type SeedSets = Record<string, readonly { id: string }[]>;

/** The seeded team, its member's token, and the team's version after seeding. */
export type SeededTeam = { teamId: string; memberToken: string; adminToken: string; memberEmail: string; password: string; version: number };

const chunk = 2_000;

/** Creates a team with an admin (the writer of every record) and a member, and writes the records. */
export async function seedTeam(db: Database, sets: SeedSets, now = new Date()): Promise<SeededTeam> {
  const team = await findOrCreateTeam(db, `bench-${randomBytes(4).toString('hex')}`);
  const password = 'correct horse battery';
  const memberEmail = `member-${team.id.toLowerCase()}@example.com`;
  const admin = await createUser(db, { teamId: team.id, email: `admin-${team.id.toLowerCase()}@example.com`, password, name: 'Bench admin', role: 'admin' });
  const member = await createUser(db, { teamId: team.id, email: memberEmail, password, name: 'Bench member', role: 'member' });
  if (isEmailTaken(admin) || isEmailTaken(member)) throw new Error('Seed users collided');
  const node = randomBytes(8).toString('hex');
  // The users' member records already took the team's first versions.
  let version = (await db.query<{ version: number }>('SELECT version FROM teams WHERE id = $1', [team.id]))[0]?.version ?? 0;
  for (const [entity, rows] of Object.entries(sets)) {
    for (let start = 0; start < rows.length; start += chunk) {
      const batch = rows.slice(start, start + chunk).map((row) => {
        version += 1;
        const { id, ...fields } = row as Record<string, unknown> & { id: string };
        return { entity, id, v: version, hlc: formatHlc({ wallMs: now.getTime(), counter: version, node }), fields };
      });
      const json = JSON.stringify(batch);
      await db.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO records (team_id, entity, id, space, owner_id, max_version)
           SELECT $1, r.entity, r.id, 'team', $2, r.v FROM jsonb_to_recordset($3::jsonb) AS r(entity text, id text, v bigint)`,
          [team.id, admin.id, json],
        );
        await tx.query(
          `INSERT INTO fields (team_id, entity, record_id, field, value, version, hlc, writer_user_id, writer_client_id)
           SELECT $1, r.entity, r.id, f.key, f.value, r.v, r.hlc, $2, 'bench-seed'
           FROM jsonb_to_recordset($3::jsonb) AS r(entity text, id text, v bigint, hlc text, fields jsonb), jsonb_each(r.fields) AS f`,
          [team.id, admin.id, json],
        );
      });
    }
  }
  await db.query('UPDATE teams SET version = $2 WHERE id = $1', [team.id, version]);
  return {
    teamId: team.id,
    adminToken: await createSession(db, admin.id, now),
    memberToken: await createSession(db, member.id, now),
    memberEmail,
    password,
    version,
  };
}
