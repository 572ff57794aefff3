/**
 * Import in a real browser (issue: data core, speed goals): the built app in Debian's Chromium imports a
 * 10,000-row accounts CSV through the wizard's real file input (parse, map, plan, preview, then the
 * import: plan again against the data there now, createMany with the sync outbox). Printed beside a
 * plain IndexedDB put of the same 10,000 records in the same browser, with the longest main-thread
 * task while it imported.
 * Run: npm run bench:import-chromium   (ACCOUNTS=10000 by default; BENCH_PROFILE=file.cpuprofile saves a CPU profile)
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { accountsToCsv } from '../shared/export/records-csv';
import { generatePortfolio } from '../shared/sample/portfolio';
import { launchChromium } from '../test/e2e/chromium';
import { serveBuiltRenderer } from '../test/e2e/web-server';
import { report } from './measure';

const count = Number(process.env.ACCOUNTS ?? 10_000);
const { accounts, teamMembers } = generatePortfolio({ accounts: count, usageWeeks: 0 });
const csv = Buffer.from(accountsToCsv(accounts, teamMembers));
console.log(`${count.toLocaleString()} accounts as CSV: ${(csv.length / 1024 / 1024).toFixed(1)} MB. Client: the built app in Chromium, real IndexedDB\n`);

const web = await serveBuiltRenderer();
const browser = await launchChromium();
type Watch = { longTasks: number[] };
try {
  const page = await (await browser.newContext({ viewport: { width: 1360, height: 860 } })).newPage();
  await page.addInitScript(() => {
    const watch: Watch = { longTasks: [] };
    Object.assign(window, { benchWatch: watch });
    new PerformanceObserver((list) => { for (const e of list.getEntries()) watch.longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(web.url);

  // Baseline: the same records put into a fresh IndexedDB database of this browser, one transaction.
  const baselineMs = await page.evaluate(async (rows) => {
    const open = indexedDB.open('bench-baseline', 1);
    open.onupgradeneeded = () => { open.result.createObjectStore('accounts', { keyPath: 'id' }); };
    const db = await new Promise<IDBDatabase>((done, fail) => { open.onsuccess = () => done(open.result); open.onerror = () => fail(open.error); });
    const start = performance.now();
    const tx = db.transaction('accounts', 'readwrite');
    const store = tx.objectStore('accounts');
    for (const row of rows) store.put(row);
    await new Promise<void>((done, fail) => { tx.oncomplete = () => done(); tx.onerror = () => fail(tx.error); });
    const ms = performance.now() - start;
    db.close();
    return ms;
  }, accounts);
  await page.evaluate(() => new Promise((done) => { indexedDB.deleteDatabase('bench-baseline').onsuccess = done; }));

  await page.getByRole('button', { name: 'Start empty' }).click();
  await page.evaluate(() => { window.location.hash = '#/import'; });
  let t = performance.now();
  await page.getByLabel('CSV file').setInputFiles({ name: 'accounts.csv', mimeType: 'text/csv', buffer: csv });
  const status = page.getByRole('status', { name: 'What the import will do' });
  await status.getByText(`${count.toLocaleString('en-US')} new`).waitFor({ timeout: 300_000 });
  const previewMs = performance.now() - t;
  await page.evaluate(() => { (window as unknown as { benchWatch: Watch }).benchWatch.longTasks = []; });
  // BENCH_PROFILE profiles the import itself (from the click), not the preview.
  const cdp = process.env.BENCH_PROFILE ? await page.context().newCDPSession(page) : null;
  if (cdp) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.start'); }
  t = performance.now();
  await page.getByRole('button', { name: `Import ${count.toLocaleString('en-US')} rows as accounts` }).click();
  await page.getByRole('heading', { name: 'Import finished' }).waitFor({ timeout: 600_000 });
  const importMs = performance.now() - t;
  if (cdp && process.env.BENCH_PROFILE) writeFileSync(process.env.BENCH_PROFILE, JSON.stringify((await cdp.send('Profiler.stop')).profile));
  const summary = await page.getByRole('list', { name: 'Import summary' }).innerText();
  if (!new RegExp(`${count.toLocaleString('en-US')}\\s*created`).test(summary)) throw new Error(`Import went wrong: ${summary}`);
  const watch = await page.evaluate(() => (window as unknown as { benchWatch: Watch }).benchWatch);

  report(`Choose file → preview and counts ready`, previewMs, 'plain IndexedDB put of 10,000', baselineMs);
  report(`Import ${count.toLocaleString()} accounts (click → finished)`, importMs, 'plain IndexedDB put of 10,000', baselineMs);
  report(`Whole wizard (file → finished)`, previewMs + importMs, 'plain IndexedDB put of 10,000', baselineMs);
  const longest = Math.max(0, ...watch.longTasks);
  console.log(`Main thread while importing: ${watch.longTasks.length} tasks over 50 ms, longest ${longest.toFixed(0)} ms`);
} finally {
  await browser.close();
  await web.close();
}
