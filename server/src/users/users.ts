import { randomBytes } from 'node:crypto';
import type { Queryable } from '../db/database';
import { hashPassword } from '../auth/password';
import type { Role, User } from '../../../shared/sync/protocol';

/** A users row as selected by the queries here. */
export type UserRow = { id: string; email: string; name: string; team_id: string; role: Role };

/** The protocol's view of a user row. */
export function userFromRow(row: UserRow): User {
  return { id: row.id, email: row.email, name: row.name, teamId: row.team_id, role: row.role };
}

/** Emails are unique and compared case-insensitively. */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/** A new server-generated id with a readable prefix. */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('base64url')}`;
}

/** The id of the team with this name, created when missing. */
export async function findOrCreateTeam(db: Queryable, name: string): Promise<{ id: string; created: boolean }> {
  const inserted = await db.query<{ id: string }>(
    'INSERT INTO teams (id, name) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING RETURNING id', [newId('t'), name],
  );
  if (inserted[0]) return { id: inserted[0].id, created: true };
  const rows = await db.query<{ id: string }>('SELECT id FROM teams WHERE name = $1', [name]);
  if (!rows[0]) throw new Error(`Team ${name} vanished while being created`);
  return { id: rows[0].id, created: false };
}

/** What it takes to create a user. */
export type NewUser = { teamId: string; email: string; password: string; name: string; role: Role };

/** Creates a user; resolves to null when the email is taken. */
export async function createUser(db: Queryable, user: NewUser): Promise<User | null> {
  const hash = await hashPassword(user.password);
  const rows = await db.query<UserRow>(
    `INSERT INTO users (id, team_id, email, email_key, name, role, password_hash) VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (email_key) DO NOTHING RETURNING id, email, name, team_id, role`,
    [newId('u'), user.teamId, user.email.trim(), emailKey(user.email), user.name, user.role, hash],
  );
  return rows[0] ? userFromRow(rows[0]) : null;
}

/** A user with the password hash, for login. */
export async function findUserByEmail(db: Queryable, email: string): Promise<(UserRow & { password_hash: string }) | null> {
  const rows = await db.query<UserRow & { password_hash: string }>(
    'SELECT id, email, name, team_id, role, password_hash FROM users WHERE email_key = $1', [emailKey(email)],
  );
  return rows[0] ?? null;
}
