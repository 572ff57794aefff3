import type { Database } from '../db/database';
import { ApiError } from '../http/api-error';
import { maxPullLimit, maxPullPageBytes, type User } from '../../../shared/sync/protocol';
import { decodeCursor, encodeCursor, type PullCursor } from './pull-cursor';

/** A pull request after shape checks. */
export type PullInput = { clientId: string; cursor: string | null; limit: number };

type PageRow = { head: number | null; last: number | null; found: number; kept: number; reached: number | null; changes: string };

/**
 * One page in one statement (one consistent snapshot): the records with a field newer than the
 * pull's position, ordered by their greatest field version, each with every field newer than the
 * pull's start. The page is cut at `limit` records and at about `$6` bytes of JSON: each candidate's
 * size is estimated from its fields' text (no JSON is built for it), and the page keeps the prefix whose
 * running total fits (always at least one record). Only the kept records' JSON is built, by the
 * database, so a page crosses into Node as one string that goes into the response unparsed.
 * `candidates` holds one record more than the limit, which tells whether more pages follow. The same
 * statement reads the team's committed version and the installation's last mutation id.
 */
const pageSql = `
  WITH candidates AS MATERIALIZED (
    SELECT entity, id, space, max_version FROM records
    WHERE team_id = $1 AND max_version > $2 AND (space = 'team' OR owner_id = $3)
    ORDER BY max_version LIMIT $4 + 1),
  sized AS MATERIALIZED (
    SELECT c.*, sum(100 + octet_length(c.entity) + octet_length(c.id) + coalesce(
        (SELECT sum(80 + octet_length(f.field) + octet_length(f.value::text) + octet_length(f.hlc))
         FROM fields f WHERE f.team_id = $1 AND f.entity = c.entity AND f.record_id = c.id AND f.version > $5), 0))
      OVER (ORDER BY c.max_version) AS running
    FROM candidates c),
  kept AS MATERIALIZED (
    SELECT * FROM sized WHERE running <= $6 OR max_version = (SELECT min(max_version) FROM sized)
    ORDER BY max_version LIMIT $4)
  SELECT
    (SELECT version FROM teams WHERE id = $1) AS head,
    (SELECT last_mutation_id FROM client_progress WHERE user_id = $3 AND client_id = $7) AS last,
    (SELECT count(*) FROM sized)::int AS found,
    (SELECT count(*) FROM kept)::int AS kept,
    (SELECT max(max_version) FROM kept) AS reached,
    (SELECT coalesce(json_agg(json_build_object(
        'entity', k.entity, 'id', k.id, 'space', k.space,
        'fields', (SELECT json_object_agg(f.field, json_build_object('value', f.value, 'version', f.version, 'hlc', f.hlc) ORDER BY f.field)
                   FROM fields f WHERE f.team_id = $1 AND f.entity = k.entity AND f.record_id = k.id AND f.version > $5))
      ORDER BY k.max_version), '[]'::json)::text FROM kept k) AS changes`;

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
