import { randomBytes } from 'node:crypto';
import type { Database, Queryable } from '../db/database';
import { hashPassword } from '../auth/password';
import { writeMemberRecord, type MemberFields } from './member-records';
import type { Role, User } from '../../../shared/sync/protocol';

/** A users row as selected by the queries here. */
export type UserRow = { id: string; email: string; name: string; team_id: string; role: Role; active: boolean };

/** The protocol's view of a user row. */
export function userFromRow(row: UserRow): User {
  return { id: row.id, email: row.email, name: row.name, teamId: row.team_id, role: row.role, active: row.active };
}

const userColumns = 'id, email, name, team_id, role, active';

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

/** What it takes to create a user: a password, or (tests, imports) its hash made by hashPassword. */
export type NewUser = { teamId: string; email: string; name: string; role: Role } & ({ password: string } | { passwordHash: string });

/** Why a user could not be created: the email is taken, in this team or in another one. */
export type EmailTaken = { taken: 'same_team' | 'other_team' };

/**
 * Creates a user and, in the same transaction, their member record in the team space (PROTOCOL.md 1.1);
 * resolves to where the email is taken instead when it is.
 */
export async function createUser(db: Database, user: NewUser): Promise<User | EmailTaken> {
  const hash = 'passwordHash' in user ? user.passwordHash : await hashPassword(user.password);
  const now = new Date();
  return db.transaction(async (tx) => {
    const rows = await tx.query<UserRow>(
      `INSERT INTO users (id, team_id, email, email_key, name, role, password_hash) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (email_key) DO NOTHING RETURNING ${userColumns}`,
      [newId('u'), user.teamId, user.email.trim(), emailKey(user.email), user.name, user.role, hash],
    );
    const row = rows[0];
    if (!row) {
      const owner = await tx.query<{ team_id: string }>('SELECT team_id FROM users WHERE email_key = $1', [emailKey(user.email)]);
      return { taken: owner[0]?.team_id === user.teamId ? 'same_team' : 'other_team' };
    }
    await writeMemberRecord(tx, row.team_id, row.id, { userId: row.id, name: row.name, email: row.email, access: row.role, active: row.active }, now);
    return userFromRow(row);
  });
}

/** Whether createUser was refused because the email is taken. */
export function isEmailTaken(result: User | EmailTaken): result is EmailTaken {
  return 'taken' in result;
}

/** What an admin may change of a user. */
export type UserChange = { name?: string | undefined; access?: Role | undefined; active?: boolean | undefined };

/**
 * Changes a user of `teamId` and writes the changed fields to their member record, in one
 * transaction; null when the team has no such user.
 */
export async function updateUser(db: Database, teamId: string, userId: string, change: UserChange, now: Date): Promise<User | null> {
  return db.transaction(async (tx) => {
    const rows = await tx.query<UserRow>(
      `SELECT ${userColumns} FROM users WHERE id = $1 AND team_id = $2 FOR UPDATE`, [userId, teamId],
    );
    const before = rows[0];
    if (!before) return null;
    const after: UserRow = { ...before, name: change.name ?? before.name, role: change.access ?? before.role, active: change.active ?? before.active };
    const member: MemberFields = {};
    if (after.name !== before.name) member.name = after.name;
    if (after.role !== before.role) member.access = after.role;
    if (after.active !== before.active) member.active = after.active;
    if (Object.keys(member).length === 0) return userFromRow(before);
    await tx.query('UPDATE users SET name = $2, role = $3, active = $4 WHERE id = $1', [userId, after.name, after.role, after.active]);
    await writeMemberRecord(tx, teamId, userId, member, now);
    return userFromRow(after);
  });
}

/** A user with the password hash, for login. */
export async function findUserByEmail(db: Queryable, email: string): Promise<(UserRow & { password_hash: string }) | null> {
  const rows = await db.query<UserRow & { password_hash: string }>(
    `SELECT ${userColumns}, password_hash FROM users WHERE email_key = $1`, [emailKey(email)],
  );
  return rows[0] ?? null;
}

