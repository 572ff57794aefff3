import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCreateUser, startServer, type ServerProcess } from '../../server/test/support/server-process';
import { launchChromium } from './chromium';
import { goToSection } from './keys';
import { serveBuiltRenderer } from './web-server';

let browser: Browser;
let web: { url: string; close: () => Promise<void> };
let server: ServerProcess;
const dataDir = mkdtempSync(path.join(tmpdir(), 'rapport-sync-e2e-'));
const people = [{ email: 'ana@team.example', role: 'admin' }, { email: 'ben@team.example', role: 'member' }];

beforeAll(async () => {
  for (const p of people) {
    const made = await runCreateUser(['--email', p.email, '--password', 'correct horse battery', '--name', p.email.split('@')[0] ?? 'x', '--team', 'Northwind CS', '--role', p.role], { RAPPORT_DATA_DIR: dataDir });
    if (made.code !== 0) throw new Error(made.output);
  }
  server = await startServer({ RAPPORT_DATA_DIR: dataDir });
  web = await serveBuiltRenderer();
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await web?.close();
  server?.child.kill('SIGTERM');
  await server?.exited;
  rmSync(dataDir, { recursive: true, force: true });
});

async function device(email: string, withSample = false): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 } });
  const page = await context.newPage();
  await page.goto(web.url);
  if (withSample) {
    await page.getByRole('button', { name: 'Load a sample portfolio' }).click();
    await page.getByRole('navigation', { name: 'Sections' }).waitFor({ timeout: 30_000 });
  } else {
    await page.getByRole('button', { name: 'Start empty' }).click();
  }
  await goToSection(page, 9);
  const form = page.getByRole('form', { name: 'Sign in to a team server' });
  await form.getByLabel('Server address').fill(server.url);
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Password').fill('correct horse battery');
  await form.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('status', { name: 'Sync status' }).getByText('All changes synced').waitFor({ timeout: 20_000 });
  return { context, page };
}

const syncNow = async (page: Page) => {
  await goToSection(page, 9);
  await page.getByRole('button', { name: 'Sync now' }).click();
  await page.getByRole('status', { name: 'Sync status' }).getByText('All changes synced').waitFor({ timeout: 20_000 });
};

describe('two teammates sync through a real server process', () => {
  it('both edit offline, come online, see each other\'s changes and one conflict in the inbox', async () => {
    const ana = await device('ana@team.example');
    const ben = await device('ben@team.example');

    await goToSection(ana.page, 2);
    await ana.page.getByRole('button', { name: 'New account' }).click();
    await ana.page.getByRole('dialog', { name: 'New account' }).getByLabel('Name', { exact: true }).fill('Zephyr Aerospace');
    await ana.page.getByRole('dialog', { name: 'New account' }).getByRole('button', { name: 'Create account' }).click();
    await ana.page.getByRole('heading', { level: 1, name: 'Zephyr Aerospace' }).waitFor();
    await goToSection(ben.page, 2);
    await syncNow(ana.page);
    // Ben's device hears the server's change event and pulls by itself (no 30 s wait, no button).
    await goToSection(ben.page, 2);
    await ben.page.getByRole('row', { name: /Zephyr Aerospace/ }).waitFor({ timeout: 10_000 });
    await ben.page.getByRole('row', { name: /Zephyr Aerospace/ }).click();

    await ana.context.setOffline(true);
    await ben.context.setOffline(true);
    await goToSection(ana.page, 2);
    await ana.page.getByRole('row', { name: /Zephyr Aerospace/ }).click();
    for (const [who, name] of [[ana, 'Zephyr Aero (Ana)'], [ben, 'Zephyr Aerospace Ltd (Ben)']] as const) {
      await who.page.getByRole('button', { name: 'Edit' }).click();
      const dialog = who.page.getByRole('dialog', { name: /^Edit / });
      await dialog.getByLabel('Name', { exact: true }).fill(name);
      await dialog.getByRole('button', { name: 'Save changes' }).click();
      await who.page.getByRole('heading', { level: 1, name }).waitFor();
    }
    await ana.page.getByRole('status', { name: 'Sync status' }).getByText(/1 change waiting — offline/).waitFor({ timeout: 20_000 });

    await ana.context.setOffline(false);
    await ben.context.setOffline(false);
    await syncNow(ana.page);
    await syncNow(ben.page);
    await syncNow(ana.page);

    // Both lists settle on the same first cell (the name and its conflict mark); the mark may appear a moment after the sync.
    await Promise.all([ana, ben].map(({ page }) => goToSection(page, 2)));
    const firstCell = (page: Page) => page.getByRole('table', { name: 'Accounts' }).getByRole('row').nth(1).getByRole('cell').first().textContent();
    await expect.poll(async () => { const [a, b] = await Promise.all([firstCell(ana.page), firstCell(ben.page)]); return a === b ? 'same' : `${a} / ${b}`; }, { timeout: 10_000 }).toBe('same');
    for (const [{ page }, other] of [[ana, 'ben'], [ben, 'ana']] as const) {
      await goToSection(page, 9);
      const conflicts = page.getByRole('table', { name: 'Conflicts' });
      await conflicts.waitFor();
      expect(await conflicts.getByRole('row').count()).toBe(2);
      expect(await conflicts.textContent()).toContain('Zephyr Aero (Ana)');
      expect(await conflicts.textContent()).toContain('Zephyr Aerospace Ltd (Ben)');
      // Each side is named: "you", and the teammate by their member name, never "a teammate".
      expect(await conflicts.textContent()).toContain('(you)');
      expect(await conflicts.textContent()).toContain(`(${other})`);
      expect(await conflicts.textContent()).not.toContain('a teammate');
    }
    await ben.page.screenshot({ path: 'test-results/screenshots/sync-conflicts.png' });
    await goToSection(ben.page, 2);
    const row = ben.page.getByRole('table', { name: 'Accounts' }).getByRole('row').nth(1);
    await row.getByText('1 conflict').waitFor();
    await row.click();
    await ben.page.getByText('1 conflicting edit').waitFor();
    await ben.page.screenshot({ path: 'test-results/screenshots/sync-conflict-on-account.png' });
    // Settling it in the inbox takes the badge off the account.
    await ben.page.getByRole('button', { name: 'Review in Settings → Team server' }).click();
    await ben.page.getByRole('table', { name: 'Conflicts' }).getByRole('button', { name: /^Keep / }).click();
    await ben.page.getByText('No conflicting edits.').waitFor();
    await goToSection(ben.page, 2);
    await ben.page.getByRole('table', { name: 'Accounts' }).getByRole('row').nth(1).click();
    await ben.page.getByRole('heading', { level: 1 }).waitFor();
    expect(await ben.page.getByText('1 conflicting edit').count()).toBe(0);
  }, 120_000);

  it('a device that tried the sample portfolio joins the team without sharing the sample', async () => {
    const laptop = await device('ben@team.example', true);
    await goToSection(laptop.page, 2);
    await expect.poll(() => laptop.page.getByRole('table', { name: 'Accounts' }).getAttribute('aria-rowcount')).toBe('2');
    expect(await laptop.page.getByRole('table', { name: 'Accounts' }).getByRole('row').nth(1).textContent()).toMatch(/Zephyr/);
  }, 120_000);
});
