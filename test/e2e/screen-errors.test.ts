import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium';
import { serveBuiltRenderer } from './web-server';

const shotsDir = 'test-results/screenshots';
let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let page: Page;

beforeAll(async () => {
  mkdirSync(shotsDir, { recursive: true });
  server = await serveBuiltRenderer();
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Start empty' }).click();
  await page.getByRole('navigation', { name: 'Sections' }).waitFor();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('one bad record in Chromium', () => {
  it('breaks only the screen that shows it, with a way back', async () => {
    // An account without most of its fields, as an incomplete create once reached teammates.
    await page.evaluate(() => new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('rapport');
      open.onsuccess = () => {
        const tx = open.result.transaction('accounts', 'readwrite');
        tx.objectStore('accounts').put({ id: 'broken-1', name: 'Broken Co', industry: 'Retail', deleted: false });
        tx.oncomplete = () => { open.result.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
      open.onerror = () => reject(open.error);
    }));
    await page.reload(); // written behind Dexie's back: read afresh
    const nav = page.getByRole('navigation', { name: 'Sections' });
    await nav.getByRole('button', { name: 'Accounts' }).click();
    const card = page.getByRole('alert').filter({ hasText: 'This screen hit a problem' });
    await card.waitFor({ timeout: 20_000 });
    await page.screenshot({ path: `${shotsDir}/screen-error-light.png` });
    await nav.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.getByRole('button', { name: 'Dark' }).click();
    await page.getByRole('textbox', { name: 'Server address' }).fill('http://crm.example.com:8787');
    await page.getByText(/uses plain http:\/\//).waitFor();
    await page.screenshot({ path: `${shotsDir}/settings-sign-in-dark.png`, fullPage: true });
    await nav.getByRole('button', { name: 'Accounts' }).click();
    await card.getByRole('button', { name: 'Go to Today' }).click();
    await expect.poll(() => nav.getByRole('button', { name: 'Today' }).getAttribute('aria-current')).toBe('page');
    // Today lists accounts too: it fails on its own card, which offers no way to itself.
    await page.screenshot({ path: `${shotsDir}/screen-error-today-dark.png` });
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Today' }).or(card).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Go to Today' }).count()).toBe(0);
  });
});
