import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from './axe';
import { openWithSamplePortfolio, type SampleSession } from './sample-session';
import { screens } from './screens';

const shotsDir = 'test-results/screenshots';
const sizes = [{ width: 1024, height: 700 }, { width: 1440, height: 900 }, { width: 1920, height: 1080 }];
const themes = ['light', 'dark'] as const;

let session: SampleSession;
let page: Page;

beforeAll(async () => {
  mkdirSync(shotsDir, { recursive: true });
  session = await openWithSamplePortfolio();
  page = session.page;
});

afterAll(async () => {
  await session?.close();
});

/** Dialogs to check: how to open each from the screen it lives on. */
const dialogs: { name: string; screen: string; open: (p: Page) => Promise<void> }[] = [
  { name: 'Command palette', screen: 'today', open: (p) => p.keyboard.press('Control+k') },
  { name: 'Log a touch', screen: 'account', open: (p) => p.getByRole('button', { name: 'Log a touch' }).first().click() },
  { name: 'New stakeholder', screen: 'account', open: (p) => p.getByRole('button', { name: 'Add stakeholder' }).click() },
  { name: 'New account', screen: 'accounts', open: (p) => p.getByRole('button', { name: 'New account' }).click() },
  { name: 'Open escalation', screen: 'escalations', open: (p) => p.getByRole('button', { name: 'Open escalation' }).click() },
  { name: 'Resolve escalation', screen: 'escalation', open: (p) => p.getByRole('button', { name: 'Resolve…' }).click() },
  { name: 'Edit escalation', screen: 'escalation', open: (p) => p.getByRole('button', { name: 'Edit…' }).click() },
  { name: 'Restore backup', screen: 'settings', open: openRestore },
];

/** Exports a backup from Settings and picks that file to restore: the Restore dialog shows what it holds. */
async function openRestore(p: Page): Promise<void> {
  const [download] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: 'Export backup' }).click()]);
  const path = await download.path();
  await p.locator('input[type="file"][accept*="json"]').setInputFiles({ name: 'rapport-backup.json', mimeType: 'application/json', buffer: readFileSync(path) });
}

async function visit(name: string): Promise<void> {
  const screen = screens.find((s) => s.name === name);
  if (!screen) throw new Error(`No screen ${name}`);
  await screen.open(page);
}

describe.each(themes)('accessibility in the %s theme', (theme) => {
  beforeAll(async () => {
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('every screen has no axe-core violations, and is photographed at three sizes', async () => {
    const found: string[] = [];
    for (const screen of screens) {
      await page.setViewportSize({ width: 1440, height: 900 });
      await screen.open(page);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      found.push(...describeViolations(`${screen.name} (${theme})`, await axeViolations(page)));
      for (const size of sizes) {
        await page.setViewportSize(size);
        await page.screenshot({ path: `${shotsDir}/${screen.name}-${size.width}x${size.height}-${theme}.png` });
      }
    }
    expect(found).toEqual([]);
  });

  it('every dialog has no axe-core violations', async () => {
    const found: string[] = [];
    await page.setViewportSize({ width: 1440, height: 900 });
    for (const dialog of dialogs) {
      await visit(dialog.screen);
      await dialog.open(page);
      await page.getByRole('dialog', { name: dialog.name }).waitFor();
      found.push(...describeViolations(`${dialog.name} dialog (${theme})`, await axeViolations(page)));
      await page.screenshot({ path: `${shotsDir}/dialog-${dialog.name.toLowerCase().replace(/\W+/g, '-')}-${theme}.png` });
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    }
    expect(found).toEqual([]);
  });
});

describe.each(themes)('first run in the %s theme', (theme) => {
  it('the welcome page and the empty screens have no axe-core violations, and each empty screen offers its action', async () => {
    const fresh = await session.browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: theme });
    const p = await fresh.newPage();
    await p.goto(page.url().replace(/#.*$/, ''));
    await p.getByRole('heading', { level: 1, name: 'Welcome to Rapport' }).waitFor();
    const found = describeViolations(`welcome (${theme})`, await axeViolations(p));
    await p.screenshot({ path: `${shotsDir}/welcome-${theme}.png` });
    await p.getByRole('button', { name: 'Start empty' }).click();
    await p.getByRole('heading', { name: 'Your portfolio is empty' }).waitFor();
    found.push(...describeViolations(`empty today (${theme})`, await axeViolations(p)));
    await p.screenshot({ path: `${shotsDir}/empty-today-${theme}.png` });
    await p.getByRole('button', { name: 'Add accounts' }).click();
    await p.getByRole('heading', { name: 'No accounts yet' }).waitFor();
    found.push(...describeViolations(`empty accounts (${theme})`, await axeViolations(p)));
    await p.screenshot({ path: `${shotsDir}/empty-accounts-${theme}.png` });
    await p.getByRole('main').getByRole('button', { name: 'New account' }).last().click();
    await p.getByRole('dialog', { name: 'New account' }).waitFor();
    await fresh.close();
    expect(found).toEqual([]);
  });
});

it('shows no console errors along the way', () => {
  expect(session.problems).toEqual([]);
});
