/**
 * The accounts list in a real browser (issue 10, speed goals): the built app in Debian's Chromium,
 * its IndexedDB holding a generated 10,000-account portfolio. Measures
 * - cold start: a fresh page load of #/accounts until the first account row is on screen, beside a
 *   raw IndexedDB read (open + getAll) of the same 10,000 account rows in the same browser;
 * - search as you type: input to next paint of each keystroke (Event Timing API, the browser's own
 *   "interaction to next paint"), worst and median, and the time until the filtered list is shown,
 *   beside a raw lower-case includes() filter of the 10,000 names in the page. Typed on a warm list
 *   (the table no longer aria-busy: every column read), and again right after the first rows, while
 *   the columns still load (printed on its own line).
 * Run: npm run bench:list-chromium   (ACCOUNTS=10000 by default; RUNS=3 cold starts;
 * KEEP_PROFILE=dir keeps the browser profile (with the seeded database) in dir for the next run, which then skips seeding;
 * BENCH_PROFILE=prefix saves the page's CPU profiles as prefix-cold.cpuprofile (the last cold start)
 * and prefix-search.cpuprofile (the typing), to open in Chromium's DevTools or bench/profile-summary.ts)
 */
import { existsSync, writeFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { generatePortfolio } from '../shared/sample/portfolio';
import { chromium } from 'playwright-core';
import { findChromium, launchChromium } from '../test/e2e/chromium';
import { serveBuiltRenderer } from '../test/e2e/web-server';
import { report } from './measure';

const accounts = Number(process.env.ACCOUNTS ?? 10_000);
const runs = Number(process.env.RUNS ?? 3);
const { usagePoints: _usage, ...sets } = generatePortfolio({ accounts, usageWeeks: 0 });
const total = Object.values(sets).reduce((n, rows) => n + rows.length, 0);
console.log(`${total.toLocaleString()} records (${accounts.toLocaleString()} accounts with stakeholders, timeline, commitments, escalations)`);
console.log('Client: the built app in Chromium, real IndexedDB\n');

const profilePrefix = process.env.BENCH_PROFILE;
/** Starts the page's CPU profiler when BENCH_PROFILE is set; the returned function saves the profile. */
async function profile(page: Page, name: string): Promise<() => Promise<void>> {
  if (!profilePrefix) return async () => undefined;
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return async () => { writeFileSync(`${profilePrefix}-${name}.cpuprofile`, JSON.stringify((await cdp.send('Profiler.stop')).profile)); };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const keep = process.env.KEEP_PROFILE;
const seeded = keep !== undefined && existsSync(`${keep}/seeded-${accounts}`);
const web = await serveBuiltRenderer(keep ? 47_311 : 0);
const browser = keep ? null : await launchChromium();
const viewport = { width: 1360, height: 860 };
const context = browser ? await browser.newContext({ viewport })
  : await chromium.launchPersistentContext(keep!, { executablePath: findChromium(), viewport, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'] });
/** Lets the app create its database (the schema), then fills it directly: what is measured is reading. */
async function seed(): Promise<void> {
  const page = await context.newPage();
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
  if (keep) writeFileSync(`${keep}/seeded-${accounts}`, '');
}

/** A kept profile may hold an older build's service worker: replace it with this build's before measuring. */
async function freshServiceWorker(): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${web.url}#/settings`);
  await page.evaluate(async () => {
    for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
    for (const k of await caches.keys()) await caches.delete(k);
  });
  await page.reload();
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.close();
}

try {
  if (seeded) await freshServiceWorker();
  else await seed();

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
    const saveProfile = run === runs - 1 ? await profile(cold, 'cold') : async () => undefined;
    await cold.goto(`${web.url}#/accounts`);
    await cold.waitForFunction(() => (window as unknown as { benchFirstRow?: number }).benchFirstRow !== undefined, undefined, { timeout: 120_000 });
    colds.push(await cold.evaluate(() => (window as unknown as { benchFirstRow: number }).benchFirstRow));
    await saveProfile();
    await cold.close();
  }

  // Search as you type: every keystroke's input-to-paint, and when its result shows. Twice: on a warm list
  // (every column read: the table is no longer aria-busy), and right after the first rows, while the
  // list still reads its columns in the background (what someone who types at once feels).
  const word = process.env.SEARCH ?? 'north ridge';
  async function typeSearch(when: 'warm' | 'loading'): Promise<{ keystrokes: number[]; shownMs: number[] }> {
    const page2 = await context.newPage();
    await page2.goto(`${web.url}#/accounts`);
    const subtitle = page2.getByText(/ of [\d,]+ accounts$/);
    await page2.getByRole('table', { name: 'Accounts' }).locator('[role="row"][data-index="0"]').waitFor({ timeout: 120_000 });
    if (when === 'warm') {
      await page2.locator('[role="table"][aria-label="Accounts"][aria-busy="false"]').waitFor({ timeout: 120_000 });
      await page2.waitForTimeout(1000);
    }
    await subtitle.waitFor({ timeout: 120_000 });
    const search = page2.getByRole('searchbox', { name: 'Search accounts' });
    await search.click();
    await page2.evaluate(() => { (window as unknown as { benchEvents: unknown[] }).benchEvents = []; });
    const saveSearchProfile = when === 'warm' ? await profile(page2, 'search') : async () => undefined;
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
    await saveSearchProfile();
    const events = await page2.evaluate(() => (window as unknown as { benchEvents: { name: string; duration: number; id: number }[] }).benchEvents);
    const byInteraction = new Map<number, number>();
    for (const e of events) if (e.id) byInteraction.set(e.id, Math.max(byInteraction.get(e.id) ?? 0, e.duration));
    await page2.close();
    return { keystrokes: [...byInteraction.values()], shownMs };
  }
  const warm = await typeSearch('warm');
  const loading = await typeSearch('loading');
  const keystrokes = warm.keystrokes;
  const shownMs = warm.shownMs;
  const worst = Math.max(0, ...keystrokes);
  const page2 = await context.newPage();
  await page2.goto(`${web.url}#/settings`);
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
  console.log(`  (typed on a warm list: every column read; typed right after the first rows instead, while the columns load: worst ${Math.max(0, ...loading.keystrokes).toFixed(0)} ms, median ${median(loading.keystrokes).toFixed(0)} ms)`);
  console.log(`  ${keystrokes.length} keystrokes slower than 16 ms (Event Timing, 8 ms steps): median ${median(keystrokes).toFixed(0)} ms; all: ${keystrokes.map((m) => m.toFixed(0)).join(', ') || 'none'}`);
  console.log(`  filtered list shown after: worst ${Math.max(0, ...shownMs).toFixed(0)} ms, median ${median(shownMs).toFixed(0)} ms over ${shownMs.length} keystrokes that changed the count`);

} finally {
  await context.close();
  await browser?.close();
  await web.close();
}
