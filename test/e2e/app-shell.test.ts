import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium';
import { serveBuiltRenderer } from './web-server';

const sectionLabels = ['Today', 'Accounts', 'Commitments', 'Escalations', 'Reviews', 'Surveys', 'Recovery', 'Reports', 'Settings'];
const shotsDir = 'test-results/screenshots';

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let context: BrowserContext;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(shotsDir, { recursive: true });
  server = await serveBuiltRenderer();
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1360, height: 860 } });
  page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  page.on('response', (r) => { if (r.status() >= 400) consoleErrors.push(`${r.status()} ${r.url()}`); });
  await page.goto(server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the app shell in Chromium', () => {
  it('offers a sample portfolio on first start and shows it in Accounts and on Today', async () => {
    await expect.poll(() => page.getByRole('button', { name: 'Start empty' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Load a sample portfolio' }).click();
    await page.getByRole('navigation', { name: 'Sections' }).waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByRole('region', { name: 'Portfolio at a glance' }).textContent()).toContain('60');
    await page.screenshot({ path: `${shotsDir}/today-light.png` });

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Accounts' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Accounts' }).getAttribute('aria-rowcount')).toBe('61');
    await page.getByText('60 of 60 accounts').waitFor();
  });

  it('keeps the portfolio after a reload (IndexedDB really persisted)', async () => {
    const firstName = await page.getByRole('table', { name: 'Accounts' }).getByRole('row').nth(1).getByRole('cell').first().textContent();
    await page.reload();
    await expect.poll(() => page.getByRole('table', { name: 'Accounts' }).getAttribute('aria-rowcount'), { timeout: 10_000 }).toBe('61');
    expect(await page.getByRole('table', { name: 'Accounts' }).getByRole('row').nth(1).getByRole('cell').first().textContent()).toBe(firstName);
  });

  it('searches accounts and opens one with its stakeholders and timeline', async () => {
    const firstName = (await page.getByRole('table', { name: 'Accounts' }).getByRole('row').nth(1).getByRole('cell').first().textContent()) ?? '';
    await page.getByRole('searchbox', { name: 'Search accounts' }).fill(firstName);
    await page.getByRole('row', { name: new RegExp(firstName) }).first().click();
    await page.getByRole('heading', { level: 1, name: firstName }).waitFor();
    expect(await page.getByRole('table', { name: 'Stakeholders' }).getByRole('row').count()).toBeGreaterThan(3);
    expect(await page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').count()).toBeGreaterThan(5);
    await page.screenshot({ path: `${shotsDir}/account-light.png` });
  });

  it('navigates every sidebar entry without console errors', async () => {
    const nav = page.getByRole('navigation', { name: 'Sections' });
    for (const label of sectionLabels) {
      await nav.getByRole('button', { name: label }).click();
      await page.getByRole('heading', { level: 1, name: label }).first().waitFor();
      expect(await nav.getByRole('button', { name: label }).getAttribute('aria-current')).toBe('page');
    }
    expect(consoleErrors).toEqual([]);
  });

  it('moves between sections from the keyboard and the command palette', async () => {
    await page.keyboard.press('g');
    await page.keyboard.press('2');
    await page.getByRole('heading', { level: 1, name: 'Accounts' }).waitFor();
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await palette.waitFor();
    await page.keyboard.type('escal');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Escalations' }).waitFor();
    expect(await palette.count()).toBe(0);
  });

  it('switches to the dark theme and keeps it after a reload', async () => {
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('group', { name: 'Theme' }).getByRole('button', { name: 'Dark' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Today' }).click();
    await page.getByRole('region', { name: 'Portfolio at a glance' }).waitFor();
    await page.screenshot({ path: `${shotsDir}/today-dark.png` });
    await page.keyboard.press('Control+Shift+L');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(consoleErrors).toEqual([]);
  });

  it('lets a new user start empty and says what to do', async () => {
    const fresh = await browser.newContext();
    const p = await fresh.newPage();
    await p.goto(server.url);
    await p.getByRole('button', { name: 'Start empty' }).click();
    await p.getByRole('heading', { name: 'Your portfolio is empty' }).waitFor();
    await p.close();
    await fresh.close();
  });
});
