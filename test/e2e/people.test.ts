import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goToSection } from './keys';
import { launchChromium } from './chromium';
import { serveBuiltRenderer } from './web-server';

let browser: Browser;
let web: { url: string; close: () => Promise<void> };
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  web = await serveBuiltRenderer();
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1360, height: 860 } })).newPage();
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await web?.close();
});

describe('an individual contributor keeps a ledger from the first minute', () => {
  it('starts empty, gives a name, adds a private promise with a time, keeps it, undoes, keeps it again and finds it in Done', async () => {
    await page.goto(web.url);
    await page.getByRole('button', { name: 'Start empty' }).click();
    const who = page.getByRole('form', { name: 'Who are you' });
    await who.getByLabel('Name').fill('Robin Vale');
    await who.getByLabel('Email (optional)').fill('robin@example.com');
    await who.getByRole('button', { name: 'Save' }).click();
    await who.waitFor({ state: 'detached' });

    await goToSection(page, 3);
    const quickAdd = page.getByRole('form', { name: 'Add a commitment' });
    await quickAdd.getByRole('textbox', { name: 'What was promised, and by when' }).fill('Send the SSO roadmap fri 3pm');
    await expect.poll(() => quickAdd.textContent()).toContain('15:00');
    // An impossible date is refused with the reason, not turned into today.
    await quickAdd.getByRole('textbox', { name: 'What was promised, and by when' }).fill('Send the SSO roadmap 2/30');
    await quickAdd.getByRole('button', { name: 'Add' }).click();
    await expect.poll(() => quickAdd.getByRole('alert').textContent()).toContain('February has only 29 days');
    await quickAdd.getByRole('textbox', { name: 'What was promised, and by when' }).fill('Send the SSO roadmap fri 3pm');
    await quickAdd.getByRole('checkbox', { name: 'Private' }).check();
    await quickAdd.getByRole('button', { name: 'Add' }).click();

    await expect.poll(() => page.getByRole('button', { name: 'Mine' }).getAttribute('aria-pressed')).toBe('true');
    const row = page.getByRole('row', { name: /Send the SSO roadmap/ });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/15:00/);
    expect(await row.textContent()).toMatch(/Private/);
    expect(await row.textContent()).toMatch(/Robin Vale/);

    await row.getByRole('button', { name: 'Mark "Send the SSO roadmap" kept' }).click();
    await row.waitFor({ state: 'detached' });
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('row', { name: /Send the SSO roadmap/ }).getByRole('button', { name: 'Mark "Send the SSO roadmap" kept' }).click();
    await page.getByRole('row', { name: /Send the SSO roadmap/ }).waitFor({ state: 'detached' });

    await page.getByRole('group', { name: 'Whose commitments' }).getByRole('button', { name: 'Done' }).click();
    const done = page.getByRole('table', { name: 'Finished commitments' }).getByRole('row', { name: /Send the SSO roadmap/ });
    await done.waitFor();
    expect(await done.textContent()).toMatch(/Kept on time/);
    expect(await done.textContent()).toMatch(/Private/);
    await page.screenshot({ path: '/tmp/people-done.png' });
    expect(problems).toEqual([]);
  }, 90_000);

  it('shows the team with job roles and workload, and adds a person without a login', async () => {
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Team' }).click();
    const add = page.getByRole('form', { name: 'Add a person without a login' });
    await add.getByLabel('Name').fill('Sam Lee');
    await add.getByLabel('Job role').selectOption('coordinator');
    await add.getByRole('button', { name: 'Add person' }).click();
    const members = page.getByRole('table', { name: 'Team members' });
    await members.getByRole('row', { name: /Sam Lee/ }).waitFor();
    expect(await members.getByRole('row', { name: /Sam Lee/ }).textContent()).toContain('No login');
    expect(await members.getByRole('row', { name: /Robin Vale/ }).textContent()).toContain('(you)');
    const workload = page.getByRole('table', { name: 'Workload by person' });
    await workload.getByRole('row', { name: /Robin Vale/ }).waitFor();
    expect(await workload.getByRole('row', { name: /Robin Vale/ }).textContent()).toContain('100%');
    await page.screenshot({ path: '/tmp/people-team.png' });
    expect(problems).toEqual([]);
  }, 60_000);
});
