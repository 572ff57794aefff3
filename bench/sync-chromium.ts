/**
 * First sync in a real browser (issue: sync in the app): the built app in Debian's Chromium signs in
 * to a local server (its own process, PGlite on disk) holding a generated team portfolio, and pulls
 * it into Chromium's IndexedDB through the real UI. Printed beside a plain IndexedDB put of the same
 * records in the same browser (what Dexie's bulkPut does), with the longest main-thread task while
 * it pulled (does the window freeze?) and the page's peak JavaScript heap.
 * Run: npm run bench:sync-chromium   (ACCOUNTS=2000 by default; ACCOUNTS=10000 is the full team, ~4 min to seed)
 * SEED_DIR=/tmp/some-dir keeps the seeded server there and reuses it on the next run of the same size
 * (a pull does not change the team's records; SEED_ONLY=1 only seeds); BENCH_PROFILE=file.cpuprofile saves the page's CPU profile.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generatePortfolio } from '../shared/sample/portfolio';
import { openDatabase } from '../server/src/db/open-database';
import { startServer } from '../server/test/support/server-process';
import { launchChromium } from '../test/e2e/chromium';
import { serveBuiltRenderer } from '../test/e2e/web-server';
import { goToSection } from '../test/e2e/keys';
import { report } from './measure';
import { seedTeam, type SeededTeam } from './seed-server';

const accounts = Number(process.env.ACCOUNTS ?? 2_000);
const { usagePoints: _usage, ...sets } = generatePortfolio({ accounts, usageWeeks: 0 });
const total = Object.values(sets).reduce((n, rows) => n + rows.length, 0);
console.log(`${total.toLocaleString()} records (${accounts.toLocaleString()} accounts with stakeholders, timeline, commitments, escalations)`);
console.log('Server: its own process on loopback, PGlite on disk. Client: the built app in Chromium, real IndexedDB\n');

const keepDir = process.env.SEED_DIR ? join(process.env.SEED_DIR, `accounts-${accounts}`) : null;
const dataDir = keepDir ?? mkdtempSync(join(tmpdir(), 'rapport-bench-chromium-'));
const seededFile = join(dataDir, 'bench-seeded.json');
let t = performance.now();
let seeded: SeededTeam;
if (keepDir && existsSync(seededFile)) {
  seeded = JSON.parse(readFileSync(seededFile, 'utf8')) as SeededTeam;
  console.log(`Reusing the server seeded in ${dataDir}`);
} else {
  mkdirSync(dataDir, { recursive: true });
  const seedDb = await openDatabase({ dataDir });
  seeded = await seedTeam(seedDb, sets);
  await seedDb.close();
  if (keepDir) writeFileSync(seededFile, JSON.stringify(seeded));
  console.log(`Seeded the server in ${(performance.now() - t).toFixed(0)} ms`);
}
if (keepDir && process.env.SEED_ONLY) process.exit(0);
const server = await startServer({ RAPPORT_DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
const web = await serveBuiltRenderer();
const browser = await launchChromium();

type Watch = { longTasks: number[]; peakHeap: number };
try {
  const page = await (await browser.newContext({ viewport: { width: 1360, height: 860 } })).newPage();
  await page.addInitScript(() => {
    const watch: Watch = { longTasks: [], peakHeap: 0 };
    Object.assign(window, { benchWatch: watch });
    new PerformanceObserver((list) => { for (const e of list.getEntries()) watch.longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
    setInterval(() => {
      const heap = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
      watch.peakHeap = Math.max(watch.peakHeap, heap);
    }, 100);
  });
  await page.goto(web.url);

  // Baseline: the same records put into a fresh IndexedDB database of this browser, one transaction
  // per slice of 20,000 (handed over in slices: one message of 300,000 records is too much for the page).
  let baselineMs = 0;
  for (const [name, rows] of Object.entries(sets) as [string, { id: string }[]][]) {
    for (let i = 0; i < rows.length; i += 20_000) {
      baselineMs += await page.evaluate(async ({ stores, name, rows }) => {
        const open = indexedDB.open('bench-baseline', 1);
        open.onupgradeneeded = () => { for (const store of stores) open.result.createObjectStore(store, { keyPath: 'id' }); };
        const db = await new Promise<IDBDatabase>((done, fail) => { open.onsuccess = () => done(open.result); open.onerror = () => fail(open.error); });
        const start = performance.now();
        const tx = db.transaction(name, 'readwrite');
        const store = tx.objectStore(name);
        for (const row of rows) store.put(row);
        await new Promise<void>((done, fail) => { tx.oncomplete = () => done(); tx.onerror = () => fail(tx.error); });
        const ms = performance.now() - start;
        db.close();
        return ms;
      }, { stores: Object.keys(sets), name, rows: rows.slice(i, i + 20_000) });
    }
  }
  await page.evaluate(() => new Promise((done) => { indexedDB.deleteDatabase('bench-baseline').onsuccess = done; }));

  await page.getByRole('button', { name: 'Start empty' }).click();
  await goToSection(page, 9);
  const form = page.getByRole('form', { name: 'Sign in to a team server' });
  await form.getByLabel('Server address').fill(server.url);
  await form.getByLabel('Email').fill(seeded.memberEmail);
  await form.getByLabel('Password').fill(seeded.password);
  await page.evaluate(() => { const w = (window as unknown as { benchWatch: Watch }).benchWatch; w.longTasks = []; w.peakHeap = 0; });
  // BENCH_PROFILE=file.cpuprofile saves the page's CPU profile of the sync (open it in Chromium's DevTools).
  // Each pull page: how many records it brought and how long the server took to answer it.
  const pulls: { records: number; bytes: number; waitMs: number }[] = [];
  page.on('requestfinished', (request) => {
    if (!request.url().endsWith('/v1/sync/pull')) return;
    const timing = request.timing();
    void request.response().then(async (response) => {
      const body = await response?.text();
      if (!body) return;
      const records = (JSON.parse(body) as { changes: unknown[] }).changes.length;
      pulls.push({ records, bytes: body.length, waitMs: timing.responseEnd - timing.requestStart });
    }).catch(() => undefined);
  });
  const cdp = process.env.BENCH_PROFILE ? await page.context().newCDPSession(page) : null;
  if (cdp) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.start'); }
  t = performance.now();
  await form.getByRole('button', { name: 'Sign in' }).click();
  const bar = page.getByRole('progressbar', { name: 'Sync progress' });
  if (await bar.waitFor({ timeout: 60_000 }).then(() => true, () => false)) {
    await page.waitForTimeout(1500);
    await page.screenshot({ path: 'test-results/screenshots/first-sync-progress.png' }).catch(() => undefined);
  } else console.log('(no progress bar appeared)');
  await page.getByRole('status', { name: 'Sync status' }).getByText('All changes synced').waitFor({ timeout: 30 * 60_000 });
  const syncMs = performance.now() - t;
  if (cdp && process.env.BENCH_PROFILE) writeFileSync(process.env.BENCH_PROFILE, JSON.stringify((await cdp.send('Profiler.stop')).profile));
  const watch = await page.evaluate(() => (window as unknown as { benchWatch: Watch }).benchWatch);
  await goToSection(page, 2);
  const list = page.getByRole('table', { name: 'Accounts' });
  // The subtitle counts the accounts once the whole list is read (the first screen comes before it).
  await page.getByText(/ of [\d,]+ accounts$/).waitFor({ timeout: 120_000 }).catch(() => undefined);
  const rows = await list.getAttribute('aria-rowcount');

  report(`First sync in Chromium: ${total.toLocaleString()} records`, syncMs, 'plain IndexedDB put of the same', baselineMs, undefined);
  const longest = Math.max(0, ...watch.longTasks);
  console.log(`Main thread while pulling: ${watch.longTasks.length} tasks over 50 ms, longest ${longest.toFixed(0)} ms, ${watch.longTasks.reduce((a, b) => a + b, 0).toFixed(0)} ms in such tasks`);
  const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  console.log(`Pull pages: ${pulls.length}, records per page median ${mid(pulls.map((p) => p.records))} (largest ${Math.max(0, ...pulls.map((p) => p.records))}), ${(mid(pulls.map((p) => p.bytes)) / 1024 / 1024).toFixed(1)} MiB median; server answered a page in ${mid(pulls.map((p) => p.waitMs)).toFixed(0)} ms median, ${pulls.reduce((n, p) => n + p.waitMs, 0).toFixed(0)} ms in all`);
  console.log(`Page JavaScript heap: peak ${(watch.peakHeap / 1024 / 1024).toFixed(0)} MiB`);
  console.log(`Accounts list afterwards: ${Number(rows ?? 1) - 1} of ${accounts} accounts`);
} finally {
  await browser.close();
  await web.close();
  server.child.kill('SIGTERM');
  await server.exited;
  if (!keepDir) rmSync(dataDir, { recursive: true, force: true });
}
