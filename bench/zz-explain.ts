import { readFileSync } from 'node:fs';
import { openDatabase } from '../server/src/db/open-database';
const dataDir = (process.env.DIR ?? '/tmp/ss-seed') + '/accounts-2000';
const seeded = JSON.parse(readFileSync(dataDir + '/bench-seeded.json', 'utf8'));
const db = await openDatabase({ dataDir });
const [u] = await db.query<{ id: string }>('SELECT id FROM users WHERE email_key = lower($1)', [seeded.memberEmail]);
const src = readFileSync('/work/wt/serverspeed/server/src/sync/pull.ts', 'utf8');
const sql = src.slice(src.indexOf('const pageSql = `') + 17, src.indexOf('`;', src.indexOf('const pageSql')));
const after = Number(process.env.AFTER ?? 20000);
for (let i = 0; i < 2; i++) {
const rows = await db.query<{ 'QUERY PLAN': string }>('EXPLAIN (ANALYZE, BUFFERS) ' + sql, [seeded.teamId, after, u!.id, 2000, 0, 4 * 1024 * 1024, 'x']);
if (i == 1) console.log(rows.map((r) => r['QUERY PLAN']).join('\n'));
}
await db.close();
