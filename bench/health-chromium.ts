/**
 * Health scoring in a real browser (issue 14, performance): the built app in Debian's Chromium, its
 * IndexedDB holding a generated portfolio (10,000 accounts with ~1,000,000 usage points by default:
 * the generator writes 1.5 usage points per account per week, USAGE_WEEKS=67 → 100 per account).
 * Measures, from a fresh page load of #/accounts, beside a raw IndexedDB read (open + getAll of every
 * table the score reads, in a page of the same origin that does not start the app) in the same run:
 * - until every account is scored (the window received the worker's full answer: the
 *   `health:all-scored` mark), and the worker's part alone (from `health:load-start`);
 * - the main thread's long tasks (Long Tasks API) while scoring runs, each attributed with a CDP
 *   CPU profile of the page (which functions ran in it).
 * The filled browser profile is kept in /tmp (PROFILE_DIR) so later runs skip filling IndexedDB.
 * Run: npm run bench:health-chromium   (ACCOUNTS=10000, USAGE_WEEKS=67, RUNS=2 by default)
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { generatePortfolio } from '../shared/sample/portfolio';
import { findChromium } from '../test/e2e/chromium';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { busyStretches, type CpuProfile } from './main-thread-profile';
import { report } from './measure';

const accounts = Number(process.env.ACCOUNTS ?? 10_000);
const usageWeeks = Number(process.env.USAGE_WEEKS ?? 67);
const runs = Number(process.env.RUNS ?? 2);
const profileDir = process.env.PROFILE_DIR ?? `/tmp/rapport-health-bench-${accounts}-${usageWeeks}`;
const read = ['accounts', 'usagePoints', 'tickets', 'surveyResponses', 'touches', 'contacts', 'escalations', 'escalationEvents', 'commitments', 'reviews', 'accountEvents'];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const filledMarker = `${profileDir}/rapport-bench-filled-${process.env.PORT ?? 47_114}`;

// A fixed port: IndexedDB belongs to the origin, and the kept profile must find it again.
const port = Number(process.env.PORT ?? 47_114);
const root = fileURLToPath(new URL('../', import.meta.url));
if (!existsSync(`${root}out/web/index.html`)) throw new Error('out/web is missing: run `npm run build:web` first.');
const server = await preview({ configFile: `${root}renderer/vite.config.ts`, preview: { host: '127.0.0.1', port, strictPort: true, open: false }, logLevel: 'error' });
const web = { url: server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`, close: () => server.close() };
mkdirSync(profileDir, { recursive: true });
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: findChromium(), headless: true, viewport: { width: 1360, height: 860 },
  // No service worker: the kept profile must load the build just made, not the one it cached.
  serviceWorkers: 'block',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
});
try {
  if (!existsSync(filledMarker)) await fill();
  else console.log(`IndexedDB already filled in ${profileDir}`);
  console.log('Client: the built app in Chromium, real IndexedDB, scoring in the health worker\n');
  await forgetOldBuilds();

  // A string, not a function: the bundler's helpers (__name) do not exist in the page.
  await context.addInitScript(`
    window.benchLong = [];
    new PerformanceObserver(function (list) { for (const e of list.getEntries()) window.benchLong.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
  `);
  const rows: { raw: number; rawWorker: number; scored: number; worker: number; long: [number, number][]; stretches: ReturnType<typeof busyStretches>; offset: number }[] = [];
  for (let run = 0; run < runs; run += 1) {
    const rawBefore = await rawRead();
    const cold = await context.newPage();
    await cold.goto(`${web.url}favicon.svg`);
    const cdp = await context.newCDPSession(cold);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    const startWall = await cold.evaluate(() => performance.timeOrigin + performance.now());
    await cold.goto(`${web.url}#/accounts`);
    await cold.waitForFunction(() => performance.getEntriesByName('health:all-scored').length > 0, undefined, { timeout: 900_000, polling: 500 });
    await cold.waitForTimeout(1000);
    const r = await cold.evaluate(() => ({
      origin: performance.timeOrigin,
      start: performance.getEntriesByName('health:load-start')[0]?.startTime ?? 0,
      scored: performance.getEntriesByName('health:all-scored')[0]?.startTime ?? 0,
      accounts: (performance.getEntriesByName('health:all-scored')[0] as PerformanceMark | undefined)?.detail as { accounts?: number } | undefined,
      long: (window as unknown as { benchLong: [number, number][] }).benchLong,
    }));
    const { profile } = await cdp.send('Profiler.stop') as unknown as { profile: CpuProfile };
    await cdp.detach();
    await cold.close();
    // The read before the app may find IndexedDB cold; the one after it, warm: their mean is the baseline.
    const rawAfter = await rawRead();
    const raw = (rawBefore.main + rawAfter.main) / 2;
    const rawWorker = (rawBefore.worker + rawAfter.worker) / 2;
    // Page time t (ms from its navigation) is profile time (t + origin - startWall) ms from the profile's start.
    const offset = r.origin - startWall;
    rows.push({ raw, rawWorker, scored: r.scored, worker: r.scored - r.start, long: r.long.filter(([s, d]) => s + d >= r.start && s <= r.scored), stretches: busyStretches(profile).filter((b) => b.startMs + b.durationMs >= r.start + offset && b.startMs <= r.scored + offset), offset });
    const last = rows[rows.length - 1];
    console.log(`run ${run + 1}: raw read ${raw.toFixed(0)} ms (before the app ${rawBefore.main.toFixed(0)}, after it ${rawAfter.main.toFixed(0)}), in a worker ${rawWorker.toFixed(0)} ms (${rawBefore.worker.toFixed(0)}, ${rawAfter.worker.toFixed(0)}); page load to all ${r.accounts?.accounts ?? '?'} accounts scored ${r.scored.toFixed(0)} ms (worker from its start ${(r.scored - r.start).toFixed(0)} ms); long tasks while scoring: ${last?.long.map(([, d]) => d.toFixed(0)).join(', ') || 'none'}; all long tasks from load: ${r.long.length}`);
  }

  const raw = median(rows.map((r) => r.raw));
  report(`Page load to every account scored (median of ${runs})`, median(rows.map((r) => r.scored)), 'raw IndexedDB getAll of what it reads', raw);
  report('  of which the worker (load start to all scored)', median(rows.map((r) => r.worker)), 'raw IndexedDB getAll of what it reads', raw);
  report('  the worker, against a raw read in a worker', median(rows.map((r) => r.worker)), 'raw getAll in a worker, per table', median(rows.map((r) => r.rawWorker)));
  for (const [i, r] of rows.entries()) {
    console.log(`  run ${i + 1}: ${r.long.length} long tasks while scoring (longest ${Math.max(0, ...r.long.map(([, d]) => d)).toFixed(0)} ms)`);
    for (const b of r.stretches) {
      console.log(`    busy ${b.durationMs.toFixed(0)} ms at ${(b.startMs - r.offset).toFixed(0)} ms: self ${b.self.map(([f, ms]) => `${f} ${ms}`).join('; ')}`);
      console.log(`      under: ${b.entries.map(([f, ms]) => `${f} ${ms}`).join('; ')}`);
    }
  }
} finally {
  await context.close();
  await web.close();
}

/**
 * A raw read of every table the score reads (open + getAll), in a page of the origin that does not
 * start the app: on its main thread in one transaction, and (as the health worker reads) in a
 * worker with one transaction per table. Returns both, in ms.
 */
async function rawRead(): Promise<{ main: number; worker: number }> {
  const base = await context.newPage();
  await base.goto(`${web.url}favicon.svg`);
  const main = await base.evaluate(async (tables) => {
    const start = performance.now();
    const db = await new Promise<IDBDatabase>((done, fail) => { const o = indexedDB.open('rapport'); o.onsuccess = () => done(o.result); o.onerror = () => fail(o.error); });
    const tx = db.transaction(tables);
    await Promise.all(tables.map((t) => new Promise<unknown[]>((done, fail) => { const r = tx.objectStore(t).getAll(); r.onsuccess = () => done(r.result as unknown[]); r.onerror = () => fail(r.error); })));
    db.close();
    return performance.now() - start;
  }, read);
  // A string, not a function: the bundler's helpers do not exist in the page.
  const worker = await base.evaluate(`new Promise(function (done, fail) {
    var code = "onmessage = function (e) { var tables = e.data; var start = performance.now(); var o = indexedDB.open('rapport'); o.onerror = function () { postMessage(-1); };"
      + "o.onsuccess = function () { var db = o.result; var left = tables.length; tables.forEach(function (t) { var r = db.transaction(t).objectStore(t).getAll();"
      + "r.onsuccess = function () { left -= 1; if (left === 0) { db.close(); postMessage(performance.now() - start); } }; r.onerror = function () { postMessage(-1); }; }); }; };";
    var w = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
    w.onmessage = function (e) { w.terminate(); if (e.data < 0) fail(new Error('raw read failed')); else done(e.data); };
    w.postMessage(${JSON.stringify(read)});
  })`) as number;
  await base.close();
  return { main, worker };
}

/** Drops what the kept profile cached of earlier builds (service worker, its caches, the HTTP cache), so the build just made runs. */
async function forgetOldBuilds(): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${web.url}favicon.svg`);
  await page.evaluate(`Promise.all([
    navigator.serviceWorker ? navigator.serviceWorker.getRegistrations().then(function (rs) { return Promise.all(rs.map(function (r) { return r.unregister(); })); }) : null,
    self.caches ? caches.keys().then(function (ks) { return Promise.all(ks.map(function (k) { return caches.delete(k); })); }) : null,
  ])`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await cdp.detach();
  await page.close();
}

/** Lets the app create its database (the schema), then fills it directly: what is measured is scoring. */
async function fill(): Promise<void> {
  const sets = generatePortfolio({ accounts, usageWeeks });
  const total = Object.values(sets).reduce((n, list) => n + list.length, 0);
  console.log(`Filling ${total.toLocaleString()} records: ${accounts.toLocaleString()} accounts, ${sets.usagePoints.length.toLocaleString()} usage points`);
  const page = await context.newPage();
  await page.goto(web.url);
  await page.getByRole('button', { name: 'Start empty' }).click();
  await page.getByRole('heading', { name: 'Today' }).waitFor();
  for (const [name, list] of Object.entries(sets) as [string, { id: string }[]][]) {
    for (let i = 0; i < list.length; i += 50_000) {
      // A JSON string crosses to the page much faster than the same rows as objects.
      await page.evaluate(async ({ name, json }) => {
        const db = await new Promise<IDBDatabase>((done, fail) => { const o = indexedDB.open('rapport'); o.onsuccess = () => done(o.result); o.onerror = () => fail(o.error); });
        const tx = db.transaction(name, 'readwrite');
        for (const row of JSON.parse(json) as unknown[]) tx.objectStore(name).put(row);
        await new Promise<void>((done, fail) => { tx.oncomplete = () => done(); tx.onerror = () => fail(tx.error); });
        db.close();
      }, { name, json: JSON.stringify(list.slice(i, i + 50_000)) });
    }
  }
  await page.close();
  writeFileSync(filledMarker, new Date().toISOString());
}
