import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readConfig } from './config';
import { openDatabase } from './db/open-database';
import { readPassword } from './read-password';
import { createUser, findOrCreateTeam, isEmailTaken } from './users/users';
import { createUserRequestSchema } from '../../shared/sync/protocol';

const usage = 'Usage: npm run server:user -- --email E --name N --team T --role admin|member|viewer   (the password is asked for, or read from stdin)';

/** Creates a user (and the team when missing) in the configured database; run while the server is stopped. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' }, team: { type: 'string' }, role: { type: 'string' } },
  });
  if (values.password !== undefined) {
    console.error('Warning: --password leaves the password in your shell history and the process list; leave it out to be asked for it (or pipe it on stdin).');
  }
  const password = values.password ?? (await readPassword('Password for the new user: '));
  const team = values.team?.trim();
  const parsed = createUserRequestSchema.safeParse({ email: values.email, password, name: values.name, role: values.role ?? 'member' });
  if (!parsed.success || !team) {
    const issue = parsed.success ? 'team: give the team name' : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`${issue}\n${usage}`);
  }
  const config = readConfig();
  if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const { id: teamId, created } = await findOrCreateTeam(db, team);
    const user = await createUser(db, { ...parsed.data, teamId });
    if (isEmailTaken(user)) throw new Error(`A user with the email ${parsed.data.email} already exists`);
    console.log(`${created ? 'Created team' : 'Team'} "${team}" (${teamId}); created ${user.role} ${user.email} (${user.id})`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
