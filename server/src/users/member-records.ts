import type { Queryable } from '../db/database';
import { PushRecordStore, type RecordKey } from '../sync/record-store';
import { lockTeamVersion } from '../sync/team-changes';
import { defaultsFor } from '../../../shared/domain/record-defaults';
import type { MemberAccess } from '../../../shared/domain/team-member';
import { formatHlc } from '../../../shared/sync/hlc';

/** The server-written fields of a user's member record (PROTOCOL.md "Team members (1.1)"). */
export type MemberFields = { userId?: string; name?: string; email?: string; access?: MemberAccess; active?: boolean };

/** The node id of the server's own writes: no installation produces it (theirs are random). */
const serverNode = '0000000000000000';

/**
 * Writes fields of a user's `teamMembers` record (id = user id) in the team space, as the server:
 * one new team version, written by no client, like conflict records. A new record gets the defaults
 * of the fields not given, so it is complete. Runs inside the caller's transaction and takes the
 * team's lock, so versions stay gap-free and in commit order.
 */
export async function writeMemberRecord(tx: Queryable, teamId: string, userId: string, fields: MemberFields, now: Date): Promise<number> {
  const version = (await lockTeamVersion(tx, teamId)) + 1;
  const store = new PushRecordStore(tx, teamId);
  const key: RecordKey = { teamId, entity: 'teamMembers', id: userId };
  const existing = await store.get(key);
  const given = Object.entries(fields).filter(([, value]) => value !== undefined);
  const all = existing ? given : [...given, ...Object.entries(defaultsFor('teamMembers', given.map(([field]) => field), now.toISOString()))];
  const hlc = formatHlc({ wallMs: now.getTime(), counter: 0, node: serverNode });
  store.write(key, { space: 'team', ownerId: userId }, version, all.map(([field, value]) => ({ field, value, version, hlc, writer: null })));
  await store.flush({ teamVersion: version });
  return version;
}

/** Gives every user that has no member record yet one (users created before team members existed). */
export async function backfillMemberRecords(tx: Queryable, now: Date): Promise<void> {
  const users = await tx.query<{ id: string; team_id: string; email: string; name: string; role: MemberAccess; active: boolean }>(
    `SELECT u.id, u.team_id, u.email, u.name, u.role, u.active FROM users u
     WHERE NOT EXISTS (SELECT 1 FROM fields f WHERE f.team_id = u.team_id AND f.entity = 'teamMembers' AND f.record_id = u.id AND f.field = 'access')
     ORDER BY u.created_at, u.id`,
  );
  for (const u of users) {
    await writeMemberRecord(tx, u.team_id, u.id, { userId: u.id, name: u.name, email: u.email, access: u.role, active: u.active }, now);
  }
}
