/**
 * The accounts list in a real browser (issue 10, speed goals): the built app in Debian's Chromium,
 * its IndexedDB holding a generated 10,000-account portfolio. Measures
 * - cold start: a fresh page load of #/accounts until the first account row is on screen, beside a
 *   raw IndexedDB read (open + getAll) of the same 10,000 account rows in the same browser;
 * - search as you type: input to next paint of each keystroke (Event Timing API, the browser's own
 *   "interaction to next paint"), worst and median, and the time until the filtered list is shown,
 *   beside a raw lower-case includes() filter of the 10,000 names in the page.
 * Run: npm run bench:list-chromium   (ACCOUNTS=10000 by default; RUNS=3 cold starts)
 */
import { generatePortfolio } from '../shared/sample/portfolio';
import { launchChromium } from '../test/e2e/chromium';
import { serveBuiltRenderer } from '../test/e2e/web-server';
import { report } from './measure';

const accounts = Number(process.env.ACCOUNTS ?? 10_000);
const runs = Number(process.env.RUNS ?? 3);
const { usagePoints: _usage, ...sets } = generatePortfolio({ accounts, usageWeeks: 0 });
const total = Object.values(sets).reduce((n, rows) => n + rows.length, 0);
console.log(`${total.toLocaleString()} records (${accounts.toLocaleString()} accounts with stakeholders, timeline, commitments, escalations)`);
console.log('Client: the built app in Chromium, real IndexedDB\n');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const web = await serveBuiltRenderer();
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 } });
  const page = await context.newPage();
  // Let the app create its database (the schema), then fill it directly: what is measured is reading.
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
    window.benchEvents = [];
    new MutationObserver(function () {
      if (window.benchFirstRow === undefined && document.querySelector('[role="table"][aria-label="Accounts"] [role="row"][data-index="0"]')) window.benchFirstRow = performance.now();
    }).observe(document, { childList: true, subtree: true });
    new PerformanceObserver(function (list) {
      for (const e of list.getEntries()) window.benchEvents.push({ name: e.name, duration: e.duration, id: e.interactionId || 0 });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  `);

  const baselines: number[] = [];
  const colds: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const base = await context.newPage();
    await base.goto(`${web.url}#/settings`);
    baselines.push(await base.evaluate(async () => {
      const start = performance.now();
      const db = await new Promise<IDBDatabase>((done, fail) => { const o = indexedDB.open('rapport'); o.onsuccess = () => done(o.result); o.onerror = () => fail(o.error); });
      const rows = await new Promise<unknown[]>((done, fail) => { const r = db.transaction('accounts').objectStore('accounts').getAll(); r.onsuccess = () => done(r.result as unknown[]); r.onerror = () => fail(r.error); });
      db.close();
      if (rows.length === 0) throw new Error('no accounts');
      return performance.now() - start;
    }));
    await base.close();
    const cold = await context.newPage();
    await cold.goto(`${web.url}#/accounts`);
    await cold.waitForFunction(() => (window as unknown as { benchFirstRow?: number }).benchFirstRow !== undefined, undefined, { timeout: 120_000 });
    colds.push(await cold.evaluate(() => (window as unknown as { benchFirstRow: number }).benchFirstRow));
    await cold.close();
  }

  // Search as you type, on a warm list: every keystroke's input-to-paint, and when its result shows.
  const page2 = await context.newPage();
  await page2.goto(`${web.url}#/accounts`);
  const subtitle = page2.getByText(/ of [\d,]+ accounts$/);
  await subtitle.waitFor({ timeout: 120_000 });
  await page2.getByRole('table', { name: 'Accounts' }).locator('[role="row"][data-index="0"]').waitFor();
  await page2.waitForTimeout(3000); // let the facts (stakeholders, last touch …) finish loading
  const search = page2.getByRole('searchbox', { name: 'Search accounts' });
  await search.click();
  await page2.evaluate(() => { (window as unknown as { benchEvents: unknown[] }).benchEvents = []; });
  const word = process.env.SEARCH ?? 'north ridge';
  const shownMs: number[] = [];
  for (const key of [...word, ...Array.from({ length: word.length }, () => 'Backspace')]) {
    const before = await subtitle.textContent();
    const start = await page2.evaluate(() => performance.now());
    await page2.keyboard.press(key);
    // When the list (its count) shows the result of this keystroke; unchanged counts end at the timeout.
    const shownAt = await page2.waitForFunction((prev) => {
      const el = [...document.querySelectorAll('p, span, div')].find((n) => / of [\d,]+ accounts$/.test(n.textContent ?? '') && n.children.length === 0);
      return el && el.textContent !== prev ? performance.now() : false;
    }, before, { timeout: 1000, polling: 'raf' }).then((h) => h.jsonValue() as Promise<number>, () => null);
    if (shownAt !== null) shownMs.push(shownAt - start);
    await page2.waitForTimeout(150);
  }
  const events = await page2.evaluate(() => (window as unknown as { benchEvents: { name: string; duration: number; id: number }[] }).benchEvents);
  const byInteraction = new Map<number, number>();
  for (const e of events) if (e.id) byInteraction.set(e.id, Math.max(byInteraction.get(e.id) ?? 0, e.duration));
  const keystrokes = [...byInteraction.values()];
  const worst = Math.max(0, ...keystrokes);
  const names = sets.accounts.map((a) => a.name);
  const rawFilter = await page2.evaluate(({ names, word }) => {
    const lower = names.map((n) => n.toLowerCase());
    let worstMs = 0;
    for (let i = 1; i <= word.length; i += 1) {
      const start = performance.now();
      const needle = word.slice(0, i);
      lower.filter((n) => n.includes(needle));
      worstMs = Math.max(worstMs, performance.now() - start);
    }
    return worstMs;
  }, { names, word });
  await page2.close();

  report(`Cold start to first account row (median of ${runs})`, median(colds), 'raw IndexedDB getAll of the accounts', median(baselines), 1000);
  console.log(`  cold starts: ${colds.map((m) => m.toFixed(0)).join(', ')} ms; raw reads: ${baselines.map((m) => m.toFixed(0)).join(', ')} ms`);
  report(`Search keystroke, worst input to next paint`, worst, 'raw includes() filter of the names', rawFilter, 50);
  console.log(`  ${keystrokes.length} keystrokes slower than 16 ms (Event Timing, 8 ms steps): median ${median(keystrokes).toFixed(0)} ms; all: ${keystrokes.map((m) => m.toFixed(0)).join(', ') || 'none'}`);
  console.log(`  filtered list shown after: worst ${Math.max(0, ...shownMs).toFixed(0)} ms, median ${median(shownMs).toFixed(0)} ms over ${shownMs.length} keystrokes that changed the count`);
} finally {
  await browser.close();
  await web.close();
}
