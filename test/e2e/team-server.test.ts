import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCreateUser, startServer, type ServerProcess } from '../../server/test/support/server-process';
import { launchChromium } from './chromium';
import { goToSection } from './keys';
import { serveBuiltRenderer } from './web-server';

// Issue 12's second end-to-end: a team built from the app against a real server process.
const shotsDir = 'test-results/screenshots';
let browser: Browser;
let web: { url: string; close: () => Promise<void> };
let server: ServerProcess;
const dataDir = mkdtempSync(path.join(tmpdir(), 'rapport-team-e2e-'));
const problems: string[] = [];

beforeAll(async () => {
  mkdirSync(shotsDir, { recursive: true });
  const made = await runCreateUser(['--email', 'ana@team.example', '--password', 'correct horse battery', '--name', 'Ana Lima', '--team', 'Northwind CS', '--role', 'admin'], { RAPPORT_DATA_DIR: dataDir });
  if (made.code !== 0) throw new Error(made.output);
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

/** A fresh browser context (another computer) that starts empty and signs in. */
async function signIn(email: string, password: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`${email}: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`${email}: ${m.text()}`); });
  await page.goto(web.url);
  await page.getByRole('button', { name: 'Start empty' }).click();
  await goToSection(page, 9);
  const form = page.getByRole('form', { name: 'Sign in to a team server' });
  await form.getByLabel('Server address').fill(server.url);
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Password').fill(password);
  await form.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('status', { name: 'Sync status' }).getByText('All changes synced').waitFor({ timeout: 20_000 });
  return { context, page };
}

const go = (page: Page, hash: string) => page.evaluate((h) => { window.location.hash = h; }, hash);

const syncNow = async (page: Page) => {
  await goToSection(page, 9);
  await page.getByRole('button', { name: 'Sync now' }).click();
  await page.getByRole('status', { name: 'Sync status' }).getByText('All changes synced').waitFor({ timeout: 20_000 });
};

describe('a team built from the app on a real server', () => {
  let ana: { context: BrowserContext; page: Page };
  let cleo: { context: BrowserContext; page: Page };

  it('an admin adds a teammate from the Team screen; the teammate signs in elsewhere and is an owner choice', async () => {
    ana = await signIn('ana@team.example', 'correct horse battery');
    await go(ana.page, '#/accounts');
    await ana.page.getByRole('button', { name: 'New account' }).first().click();
    const create = ana.page.getByRole('dialog', { name: 'New account' });
    await create.getByLabel('Name', { exact: true }).fill('Zephyr Aerospace');
    await create.getByRole('button', { name: 'Create account' }).click();
    await ana.page.getByRole('heading', { level: 1, name: 'Zephyr Aerospace' }).waitFor();

    await go(ana.page, '#/team');
    const form = ana.page.getByRole('form', { name: 'Add a user to the team server' });
    await form.getByLabel('Email').fill('cleo@team.example');
    await form.getByLabel('Name').fill('Cleo Park');
    await form.getByLabel('Temporary password').fill('temporary pass 42');
    await form.getByRole('button', { name: 'Add user' }).click();
    await ana.page.getByText('Cleo Park can now sign in with cleo@team.example').waitFor();
    await ana.page.screenshot({ path: `${shotsDir}/team-user-added.png` });

    cleo = await signIn('cleo@team.example', 'temporary pass 42');
    await syncNow(ana.page);
    await go(ana.page, '#/team');
    await ana.page.getByRole('table', { name: 'Team members' }).getByRole('cell', { name: 'Cleo Park', exact: true }).waitFor({ timeout: 10_000 });

    // Cleo is an owner choice on Ana's device, and Ana gives her the account.
    await go(ana.page, '#/accounts');
    await ana.page.getByRole('row', { name: /Zephyr Aerospace/ }).click();
    await ana.page.getByRole('button', { name: 'Edit', exact: true }).click();
    const edit = ana.page.getByRole('dialog', { name: /^Edit / });
    const owners = await edit.getByLabel('Owner').locator('option').allTextContents();
    expect(owners).toEqual(expect.arrayContaining(['Ana Lima', 'Cleo Park']));
    await edit.getByLabel('Owner').selectOption({ label: 'Cleo Park' });
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await ana.page.getByRole('heading', { level: 1, name: 'Zephyr Aerospace' }).waitFor();
    await syncNow(ana.page);
    expect(problems).toEqual([]);
  }, 150_000);

  it('the teammate sees the account under their own accounts', async () => {
    await syncNow(cleo.page);
    await go(cleo.page, '#/accounts');
    await cleo.page.getByLabel('Owner').selectOption({ label: 'Cleo Park' });
    const table = cleo.page.getByRole('table', { name: 'Accounts' });
    await table.getByRole('row', { name: /Zephyr Aerospace/ }).waitFor({ timeout: 10_000 });
    expect(await table.getAttribute('aria-rowcount')).toBe('2');
    expect(await table.getByRole('row', { name: /Zephyr Aerospace/ }).textContent()).toContain('Cleo Park');
    await cleo.page.screenshot({ path: `${shotsDir}/team-teammate-accounts.png` });
    expect(problems).toEqual([]);
  }, 90_000);

  it('an imported file with an owner not on the team offers to add that person, and the account keeps its owner', async () => {
    const page = ana.page;
    await go(page, '#/import');
    await page.getByRole('heading', { level: 1, name: 'Import CSV' }).waitFor();
    const csv = 'Account Name,Account Owner,Annual Revenue\nBluefin Logistics,Dana Whitfield,120000\nHarbor Foods,cleo@team.example,80000\n';
    await page.getByLabel('CSV file').setInputFiles({ name: 'accounts.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByLabel('It contains').selectOption({ label: 'Accounts' });
    await page.getByRole('table', { name: 'Preview' }).waitFor();
    const offer = page.getByRole('region', { name: /owner not on your team/ });
    expect(await offer.getByRole('heading').textContent()).toBe('1 owner not on your team: Dana Whitfield (1 row)');
    await page.screenshot({ path: `${shotsDir}/team-import-unknown-owner.png`, fullPage: true });
    await offer.getByRole('button', { name: 'Add Dana Whitfield as team member' }).click();
    await expect.poll(() => offer.count()).toBe(0);
    await page.getByRole('button', { name: /^Import \d+ rows/ }).click();
    await page.getByRole('heading', { name: 'Import finished' }).waitFor({ timeout: 30_000 });

    await go(page, '#/accounts');
    const table = page.getByRole('table', { name: 'Accounts' });
    await table.getByRole('row', { name: /Bluefin Logistics/ }).waitFor();
    expect(await table.getByRole('row', { name: /Bluefin Logistics/ }).textContent()).toContain('Dana Whitfield');
    expect(await table.getByRole('row', { name: /Harbor Foods/ }).textContent()).toContain('Cleo Park');
    // Dana reaches the teammate's device as an owner too.
    // Ana's import is pending, so her "All changes synced" means it is pushed. Cleo has nothing
    // pending, so her status may read synced before her pull lands: sync again until Dana shows.
    await syncNow(page);
    await expect.poll(async () => {
      await syncNow(cleo.page);
      await go(cleo.page, '#/accounts');
      await cleo.page.getByLabel('Owner').locator('option', { hasText: 'Cleo Park' }).waitFor({ state: 'attached' });
      return cleo.page.getByLabel('Owner').locator('option').allTextContents();
    }, { timeout: 60_000 }).toEqual(expect.arrayContaining(['Dana Whitfield']));
    expect(problems).toEqual([]);
  }, 120_000);
});
