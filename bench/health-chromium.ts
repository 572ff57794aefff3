/**
 * Health scoring in a real browser (issue 14, performance): the built app in Debian's Chromium, its
 * IndexedDB holding a generated portfolio (10,000 accounts with ~1,000,000 usage points by default).
 * Measures, from a fresh page load of #/accounts:
 * - until every account is scored by the health worker (the first row's Health cell shows a score),
 *   beside a raw IndexedDB read (open + getAll) of every table the score reads, in the same browser;
 * - the main thread's long tasks (over 50 ms) meanwhile (Long Tasks API): the worker must keep the window free.
 * Run: npm run bench:health-chromium   (ACCOUNTS=10000, USAGE_WEEKS=67 by default; RUNS=3)
 */
import { generatePortfolio } from '../shared/sample/portfolio';
import { launchChromium } from '../test/e2e/chromium';
import { serveBuiltRenderer } from '../test/e2e/web-server';
import { report } from './measure';

const accounts = Number(process.env.ACCOUNTS ?? 10_000);
const usageWeeks = Number(process.env.USAGE_WEEKS ?? 67);
const runs = Number(process.env.RUNS ?? 3);
const sets = generatePortfolio({ accounts, usageWeeks });
const total = Object.values(sets).reduce((n, rows) => n + rows.length, 0);
console.log(`${total.toLocaleString()} records: ${accounts.toLocaleString()} accounts, ${sets.usagePoints.length.toLocaleString()} usage points`);
console.log('Client: the built app in Chromium, real IndexedDB, scoring in the health worker\n');

const read = ['accounts', 'usagePoints', 'tickets', 'surveyResponses', 'touches', 'contacts', 'escalations', 'escalationEvents', 'commitments', 'reviews', 'accountEvents'];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const web = await serveBuiltRenderer();
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 } });
  const page = await context.newPage();
  // Let the app create its database (the schema), then fill it directly: what is measured is scoring.
  await page.goto(web.url);
  await page.getByRole('button', { name: 'Start empty' }).click();
  await page.getByRole('heading', { name: 'Today' }).waitFor();
  for (const [name, rows] of Object.entries(sets) as [string, { id: string }[]][]) {
    for (let i = 0; i < rows.length; i += 20_000) {
      await page.evaluate(async ({ name, rows }) => {
        const db = await new Promise<IDBDatabase>((done, fail) => { const o = indexedDB.open('rapport'); o.onsuccess = () => done(o.result); o.onerror = () => fail(o.error); });
        const tx = db.transaction(name, 'readwrite');
        for (const row of rows) tx.objectStore(name).put(row);
        await new Promise<void>((done, fail) => { tx.oncomplete = () => done(); tx.onerror = () => fail(tx.error); });
        db.close();
      }, { name, rows: rows.slice(i, i + 20_000) });
    }
  }
  await page.close();

  // A string, not a function: the bundler's helpers (__name) do not exist in the page.
  await context.addInitScript(`
    window.benchLong = [];
    new PerformanceObserver(function (list) { for (const e of list.getEntries()) window.benchLong.push(e.duration); }).observe({ type: 'longtask', buffered: true });
    new MutationObserver(function () {
      if (window.benchScored !== undefined) return;
      var cell = document.querySelector('[role="table"][aria-label="Accounts"] [role="row"][data-index="0"] [role="cell"]:nth-child(2)');
      if (cell && /\\d|No data/.test(cell.textContent || '')) window.benchScored = performance.now();
    }).observe(document, { childList: true, subtree: true, characterData: true });
  `);

  const baselines: number[] = [];
  const scored: number[] = [];
  const longest: number[] = [];
  const longCount: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const base = await context.newPage();
    await base.goto(`${web.url}#/settings`);
    baselines.push(await base.evaluate(async (tables) => {
      const start = performance.now();
      const db = await new Promise<IDBDatabase>((done, fail) => { const o = indexedDB.open('rapport'); o.onsuccess = () => done(o.result); o.onerror = () => fail(o.error); });
      const tx = db.transaction(tables);
      await Promise.all(tables.map((t) => new Promise<unknown[]>((done, fail) => { const r = tx.objectStore(t).getAll(); r.onsuccess = () => done(r.result as unknown[]); r.onerror = () => fail(r.error); })));
      db.close();
      return performance.now() - start;
    }, read));
    await base.close();
    const cold = await context.newPage();
    await cold.goto(`${web.url}#/accounts`);
    await cold.waitForFunction(() => (window as unknown as { benchScored?: number }).benchScored !== undefined, undefined, { timeout: 600_000, polling: 200 });
    const r = await cold.evaluate(() => {
      const w = window as unknown as { benchScored: number; benchLong: number[] };
      return { at: w.benchScored, long: w.benchLong };
    });
    scored.push(r.at);
    longest.push(Math.max(0, ...r.long));
    longCount.push(r.long.length);
    await cold.close();
  }

  report(`Page load to every account scored (median of ${runs})`, median(scored), 'raw IndexedDB getAll of what it reads', median(baselines));
  console.log(`  scored at: ${scored.map((m) => m.toFixed(0)).join(', ')} ms; raw reads: ${baselines.map((m) => m.toFixed(0)).join(', ')} ms`);
  console.log(`  main-thread long tasks meanwhile: ${longCount.join(', ')} (longest ${longest.map((m) => m.toFixed(0)).join(', ')} ms) — includes the app's own start-up`);
} finally {
  await browser.close();
  await web.close();
}
