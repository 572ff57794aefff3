import { afterEach, expect, it } from 'vitest';
import type { Database } from '../src/db/database';
import { openDatabase } from '../src/db/open-database';
import { refreshPlannerStatistics } from '../src/db/planner-statistics';
import { findOrCreateTeam } from '../src/users/users';

// PGlite has no autovacuum: these are the statistics nobody else would ever gather there.
let db: Database | null = null;
afterEach(async () => { await db?.close(); db = null; });

/** Writes `count` one-field records into a new team, as pushes would, without analyzing anything. */
async function fillTeam(target: Database, count: number): Promise<string> {
  const team = await findOrCreateTeam(target, `stats-${count}-${Math.random()}`);
  await target.query(`INSERT INTO records (team_id, entity, id, space, owner_id, max_version)
    SELECT $1, 'accounts', 'a' || n, 'team', 'u', n FROM generate_series(1, $2::int) AS n`, [team.id, count]);
  await target.query(`INSERT INTO fields (team_id, entity, record_id, field, value, version, hlc)
    SELECT $1, 'accounts', 'a' || n, 'name', to_jsonb('Account ' || n), n, 'h' FROM generate_series(1, $2::int) AS n`, [team.id, count]);
  return team.id;
}

const pagePlan = async (target: Database, teamId: string): Promise<string> =>
  (await target.query<{ 'QUERY PLAN': string }>(
    `EXPLAIN SELECT id FROM records WHERE team_id = $1 AND max_version > 0 AND (space = 'team' OR owner_id = 'u') ORDER BY max_version LIMIT 2001`, [teamId],
  )).map((r) => r['QUERY PLAN']).join('\n');

it('analyzes the sync tables once they hold rows never analyzed, so a pull page walks the version index instead of sorting the team', async () => {
  db = await openDatabase({});
  expect(await refreshPlannerStatistics(db)).toEqual([]);
  const teamId = await fillTeam(db, 20_000);
  expect(await pagePlan(db, teamId)).not.toContain('Index Scan using records_by_version');
  expect((await refreshPlannerStatistics(db)).sort()).toEqual(['fields', 'records']);
  expect(await pagePlan(db, teamId)).toContain('Index Scan using records_by_version');
});

it('leaves fresh statistics alone and analyzes again once a table has doubled', async () => {
  db = await openDatabase({});
  await fillTeam(db, 5_000);
  await refreshPlannerStatistics(db);
  await fillTeam(db, 1_000);
  expect(await refreshPlannerStatistics(db)).toEqual([]);
  await fillTeam(db, 10_000);
  expect((await refreshPlannerStatistics(db)).sort()).toEqual(['fields', 'records']);
});
