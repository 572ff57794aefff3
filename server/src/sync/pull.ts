import type { Database } from '../db/database';
import { ApiError } from '../http/api-error';
import { maxPullLimit, maxPullPageBytes, type User } from '../../../shared/sync/protocol';
import { decodeCursor, encodeCursor, type PullCursor } from './pull-cursor';

/** A pull request after shape checks. */
export type PullInput = { clientId: string; cursor: string | null; limit: number };

type PageRow = { head: number | null; last: number | null; found: number; kept: number; reached: number | null; changes: string };

/**
 * One page in one statement (one consistent snapshot): the records with a field newer than the
 * pull's position, ordered by their greatest field version (walking the `records_by_version`
 * index), each with every field newer than the pull's start. Each of the first `limit` candidates'
 * JSON is built once, by the database, and the page keeps the prefix whose JSON, counted in real
 * bytes, fits in `$6` (always at least one record); the kept records' JSON texts are joined into the
 * page, which crosses into Node as one string that goes into the response unparsed. `candidates`
 * holds one record more than the limit, which tells whether more pages follow. The same statement
 * reads the team's committed version and the installation's last mutation id.
 */
const pageSql = `
  WITH candidates AS MATERIALIZED (
    SELECT entity, id, space, max_version FROM records
    WHERE team_id = $1 AND max_version > $2 AND (space = 'team' OR owner_id = $3)
    ORDER BY max_version LIMIT $4 + 1),
  built AS MATERIALIZED (
    SELECT c.max_version, json_build_object('entity', c.entity, 'id', c.id, 'space', c.space,
        'fields', (SELECT json_object_agg(f.field, json_build_object('value', f.value, 'version', f.version, 'hlc', f.hlc) ORDER BY f.field)
                   FROM fields f WHERE f.team_id = $1 AND f.entity = c.entity AND f.record_id = c.id AND f.version > $5))::text AS change
    FROM (SELECT * FROM candidates ORDER BY max_version LIMIT $4) c),
  sized AS MATERIALIZED (
    SELECT max_version, change, sum(octet_length(change) + 1) OVER (ORDER BY max_version) AS running FROM built),
  kept AS MATERIALIZED (
    SELECT max_version, change FROM sized WHERE running <= $6 OR max_version = (SELECT min(max_version) FROM sized)
    ORDER BY max_version)
  SELECT
    (SELECT version FROM teams WHERE id = $1) AS head,
    (SELECT last_mutation_id FROM client_progress WHERE user_id = $3 AND client_id = $7) AS last,
    (SELECT count(*) FROM candidates)::int AS found,
    (SELECT count(*) FROM kept)::int AS kept,
    (SELECT max(max_version) FROM kept) AS reached,
    '[' || coalesce((SELECT string_agg(change, ',' ORDER BY max_version) FROM kept), '') || ']' AS changes`;

/** Answers a pull for a user as the JSON text of the response, paging by record (by count and size) so no record is ever cut short. */
export async function processPull(db: Database, serverId: string, user: User, input: PullInput): Promise<string> {
  const limit = Math.min(input.limit, maxPullLimit);
  const from: PullCursor = input.cursor === null
    ? { server: serverId, team: user.teamId, start: 0, after: 0 }
    : issuedHere(decodeCursor(input.cursor), serverId, user.teamId);
  const [page] = await db.query<PageRow>(pageSql, [user.teamId, from.after, user.id, limit, from.start, maxPullPageBytes, input.clientId]);
  if (!page) throw new Error('The page query returned no row');
  const head = page.head ?? 0;
  // A cursor ahead of the data comes from before a reset or a restore of the server.
  if (from.after > head) throw cursorExpired();
  const more = page.found > page.kept;
  const reached = page.reached ?? from.after;
  const known = Math.max(head, reached);
  const cursor: PullCursor = more ? { ...from, after: reached } : { ...from, start: known, after: known };
  return `{"changes":${page.changes},"cursor":${JSON.stringify(encodeCursor(cursor))},"more":${more},"lastMutationId":${page.last ?? 0}}`;
}

/** A cursor that this server issued for this team. */
function issuedHere(cursor: PullCursor | null, serverId: string, teamId: string): PullCursor {
  if (!cursor || cursor.server !== serverId || cursor.team !== teamId) throw cursorExpired();
  return cursor;
}

const cursorExpired = () => new ApiError('cursor_expired', 'The server was reset or restored since your last sync; pull again from the start');
