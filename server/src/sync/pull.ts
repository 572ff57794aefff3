import type { Database } from '../db/database';
import { ApiError } from '../http/api-error';
import { maxPullLimit, type PullResponse, type RecordChange, type Space, type User } from '../../../shared/sync/protocol';
import { readLastMutationId } from './client-progress';
import { decodeCursor, encodeCursor, type PullCursor } from './pull-cursor';
import { readTeamVersion } from './team-changes';

/** A pull request after shape checks. */
export type PullInput = { clientId: string; cursor: string | null; limit: number };

type PulledRow = {
  entity: string; id: string; space: Space; max_version: number; field: string; value: unknown; version: number; hlc: string;
};

/**
 * The records with a field newer than the pull's start, ordered by their greatest field version, each
 * with every field newer than the start. One statement, so one consistent snapshot.
 */
const pageSql = `
  WITH page AS (
    SELECT entity, id, space, max_version FROM records
    WHERE team_id = $1 AND max_version > $2 AND (space = 'team' OR owner_id = $3)
    ORDER BY max_version LIMIT $4)
  SELECT p.entity, p.id, p.space, p.max_version, f.field, f.value, f.version, f.hlc
  FROM page p JOIN fields f ON f.team_id = $1 AND f.entity = p.entity AND f.record_id = p.id AND f.version > $5
  ORDER BY p.max_version, f.field`;

/** Answers a pull for a user, paging by record so no record is ever cut short. */
export async function processPull(db: Database, serverId: string, user: User, input: PullInput): Promise<PullResponse> {
  const limit = Math.min(input.limit, maxPullLimit);
  const head = await readTeamVersion(db, user.teamId);
  const from: PullCursor = input.cursor === null
    ? { server: serverId, team: user.teamId, start: 0, after: 0 }
    : expiredUnless(decodeCursor(input.cursor), serverId, user.teamId, head);
  const rows = await db.query<PulledRow>(pageSql, [user.teamId, from.after, user.id, limit + 1, from.start]);
  const changes: RecordChange[] = [];
  const versions: number[] = [];
  for (const row of rows) {
    if (versions[versions.length - 1] !== row.max_version) {
      if (changes.length === limit) break;
      versions.push(row.max_version);
      changes.push({ entity: row.entity, id: row.id, space: row.space, fields: {} });
    }
    const change = changes[changes.length - 1];
    if (change) change.fields[row.field] = { value: row.value, version: row.version, hlc: row.hlc };
  }
  const more = new Set(rows.map((r) => r.max_version)).size > limit;
  const reached = versions[versions.length - 1] ?? from.after;
  const known = Math.max(head, reached);
  const cursor: PullCursor = more ? { ...from, after: reached } : { ...from, start: known, after: known };
  return { changes, cursor: encodeCursor(cursor), more, lastMutationId: await readLastMutationId(db, user.id, input.clientId) };
}

/** A cursor that this server issued for this team and that is not ahead of its data. */
function expiredUnless(cursor: PullCursor | null, serverId: string, teamId: string, head: number): PullCursor {
  if (!cursor || cursor.server !== serverId || cursor.team !== teamId || cursor.after > head) {
    throw new ApiError('cursor_expired', 'The server was reset or restored since your last sync; pull again from the start');
  }
  return cursor;
}
