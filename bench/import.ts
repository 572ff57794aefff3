/**
 * Import benchmark (DESIGN.md: import runs close to the raw speed of IndexedDB). 10,000 generated
 * accounts are exported to CSV with our exporter, then imported through the full path the app uses:
 * parse → map (guessed) → plan and validate → data layer writes in chunks (createMany, with the sync
 * outbox). The baseline is a plain Dexie bulkPut of the same records, measured in the same run.
 * Runs in Node on fake-indexeddb, so absolute figures are indicative, not Chromium's IndexedDB.
 * Run: npx tsx bench/import.ts   (ACCOUNTS=2000 for a quicker run)
 */
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { accountsToCsv } from '../shared/export/records-csv';
import { parseCsv } from '../shared/import/csv-rows';
import { detectPreset, guessMapping } from '../shared/import/column-mapping';
import { generatePortfolio } from '../shared/sample/portfolio';
import { createDataLayer } from '../renderer/src/db/data-layer';
import { createDb } from '../renderer/src/db/db';
import { runImport } from '../renderer/src/features/import/api/run-import';
import { report } from './measure';

const count = Number(process.env.ACCOUNTS ?? 10_000);
const { accounts, teamMembers } = generatePortfolio({ accounts: count, usageWeeks: 0 });
const csv = accountsToCsv(accounts, teamMembers);
console.log(`${count.toLocaleString()} accounts as CSV: ${(csv.length / 1024 / 1024).toFixed(1)} MB`);
console.log('Storage: fake-indexeddb in Node (indicative only)\n');

const baselineDb = createDb('bench-import-baseline');
const t0 = performance.now();
await baselineDb.accounts.bulkPut(accounts);
const baselineMs = performance.now() - t0;

const db = createDb('bench-import');
const data = createDataLayer(db);
await db.teamMembers.bulkPut(teamMembers);
const t1 = performance.now();
const table = parseCsv(csv);
const parsedMs = performance.now() - t1;
const mapping = guessMapping('accounts', table.headers, detectPreset(table.headers));
const outcome = await runImport({ db, data }, 'accounts', table, mapping, () => undefined);
const importMs = performance.now() - t1;
if (outcome.created !== count || outcome.rejected.length > 0) throw new Error(`Import went wrong: ${JSON.stringify({ ...outcome, rejected: outcome.rejected.slice(0, 3) })}`);

const t2 = performance.now();
const again = await runImport({ db, data }, 'accounts', table, mapping, () => undefined);
const reimportMs = performance.now() - t2;

console.log(`Parse alone: ${parsedMs.toFixed(0)} ms; created ${outcome.created.toLocaleString()}, outbox ${(await db.outbox.count()).toLocaleString()} entries`);
report(`Import ${count.toLocaleString()} accounts (parse→write)`, importMs, 'plain Dexie bulkPut', baselineMs);
report(`Re-import, all unchanged (${again.unchanged.toLocaleString()})`, reimportMs, 'plain Dexie bulkPut', baselineMs);

// The data layer's own share: the same records through createMany in 1,000-row chunks, without CSV.
const layerDb = createDb('bench-import-layer');
const layer = createDataLayer(layerDb);
const t3 = performance.now();
for (let i = 0; i < accounts.length; i += 1000) await layer.createMany('accounts', accounts.slice(i, i + 1000));
report('  of which data layer createMany (no CSV)', performance.now() - t3, 'plain Dexie bulkPut', baselineMs);
