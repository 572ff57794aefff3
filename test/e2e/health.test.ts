import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goToSection } from './keys';
import { openWithSamplePortfolio, type SampleSession } from './sample-session';

let session: SampleSession;
let page: Page;
let problems: string[];

beforeAll(async () => {
  session = await openWithSamplePortfolio();
  ({ page, problems } = session);
});

afterAll(async () => {
  await session?.close();
});

const worklist = () => page.getByRole('list', { name: 'Worklist' });
const order = () => worklist().locator(':scope > li').evaluateAll((items) => items.map((li) => li.getAttribute('aria-label')));
let quietAccount = '';

describe('health and the Today worklist in Chromium', () => {
  it('lists an account that went quiet, with its reason', async () => {
    await goToSection(page, 1);
    const reason = worklist().getByText(/^Gone quiet: no touch, ticket or usage for \d+ days/).first();
    await reason.waitFor({ timeout: 30_000 });
    quietAccount = (await reason.locator('xpath=ancestor::li[@tabindex]').getAttribute('aria-label')) ?? '';
    expect(quietAccount).not.toBe('');
    await page.screenshot({ path: 'test-results/screenshots/today-worklist.png' });
  });

  it('re-ranks Today when a weight changes in Settings', async () => {
    const before = await order();
    expect(before.length).toBeGreaterThan(3);
    await goToSection(page, 9);
    for (const segment of ['SMB', 'Mid-market', 'Enterprise']) {
      const usage = page.getByLabel(`Usage trend weight, ${segment}`);
      await usage.fill('200');
      await usage.press('Enter');
      const satisfaction = page.getByLabel(`Satisfaction weight, ${segment}`);
      await satisfaction.fill('0');
      await satisfaction.press('Enter');
    }
    await page.getByLabel('Satisfaction weight, SMB').fill('-3');
    await page.getByLabel('Satisfaction weight, SMB').press('Enter');
    await page.getByRole('alert').getByText(/Weights are numbers of 0 or more/).waitFor();
    await goToSection(page, 1);
    await expect.poll(order, { timeout: 20_000 }).not.toEqual(before);
  });

  it('shows a breakdown that adds up to the score, and a what-if that moves it', async () => {
    await worklist().getByRole('button', { name: quietAccount, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: quietAccount }).waitFor();
    const card = page.getByRole('region', { name: 'Health' });
    const breakdown = card.getByRole('table', { name: 'Health breakdown' });
    await breakdown.waitFor();
    const points = await breakdown.locator('td[data-points]').evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-points'))));
    const total = Number(await breakdown.locator('td[data-total]').textContent());
    const shown = Number(await card.getByLabel('Health score', { exact: true }).getAttribute('data-score'));
    expect(points.reduce((s, p) => s + p, 0)).toBe(total);
    expect(total).toBe(shown);
    expect(await card.getByRole('list', { name: 'Biggest drivers' }).textContent()).toMatch(/Usage down \d+% against the 90-day baseline/);
    await card.getByRole('checkbox', { name: 'Usage back to baseline' }).check();
    await expect.poll(async () => Number(await card.getByLabel('Health score', { exact: true }).getAttribute('data-score'))).toBeGreaterThan(shown);
    await card.getByRole('checkbox', { name: 'Usage back to baseline' }).uncheck();
  });

  it('draws the trend chart as SVG in light and dark mode', async () => {
    const chart = page.getByRole('figure', { name: 'Health score trend' });
    await chart.locator('svg .recharts-line-curve').waitFor();
    await chart.scrollIntoViewIfNeeded();
    const card = page.getByRole('region', { name: 'Health' });
    await card.screenshot({ path: 'test-results/screenshots/health-card-light.png' });
    const lightStroke = await chart.locator('.recharts-line-curve').evaluate((el) => getComputedStyle(el).stroke);
    await page.keyboard.press('Control+Shift+L');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await expect.poll(() => chart.locator('.recharts-line-curve').evaluate((el) => getComputedStyle(el).stroke)).not.toBe(lightStroke);
    await card.screenshot({ path: 'test-results/screenshots/health-card-dark.png' });
    expect(problems).toEqual([]);
  });

  it('sorts and filters the Accounts list by health', async () => {
    await goToSection(page, 2);
    const table = page.getByRole('table', { name: 'Accounts' });
    await table.getByRole('row').nth(1).waitFor();
    const all = Number(await table.getAttribute('aria-rowcount')) - 1;
    const scores = () => table.locator('[role="row"][aria-rowindex] [role="cell"]:nth-child(2)').evaluateAll((cells) => cells
      .map((c) => /^(\d+) ·/.exec(c.textContent ?? '')?.[1]).filter((n): n is string => n !== undefined).map(Number));
    await table.getByRole('columnheader', { name: /Health/ }).getByRole('button').click();
    await expect.poll(() => table.getByRole('columnheader', { name: /Health/ }).getAttribute('aria-sort')).toBe('ascending');
    const ascending = await scores();
    expect(ascending.length).toBeGreaterThan(5);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await table.getByRole('columnheader', { name: /Health/ }).getByRole('button').click();
    await expect.poll(() => table.getByRole('columnheader', { name: /Health/ }).getAttribute('aria-sort')).toBe('descending');
    const descending = await scores();
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    expect(descending[0]).toBeGreaterThan(ascending[0] ?? 100);

    await page.getByLabel('Health', { exact: true }).selectOption({ label: 'Health: At risk' });
    await expect.poll(async () => Number(await table.getAttribute('aria-rowcount')) - 1).toBeLessThan(all);
    const bands = await table.locator('[role="row"][aria-rowindex] [role="cell"]:nth-child(2)').allTextContents();
    expect(bands.length).toBeGreaterThan(0);
    for (const band of bands) expect(band).toMatch(/^\d+ · At risk$/);
    await page.screenshot({ path: 'test-results/screenshots/accounts-at-risk-by-health.png' });
    expect(problems).toEqual([]);
  });

  it('tells what changed since the last visit to an account, remembered on this device', async () => {
    await goToSection(page, 2);
    await page.getByLabel('Health', { exact: true }).selectOption('');
    await page.getByText(/^(\d+) of \1 accounts$/).waitFor();
    const table = page.getByRole('table', { name: 'Accounts' });
    const first = table.getByRole('row').nth(1);
    const name = (await first.getByRole('cell').first().textContent()) ?? '';
    await first.click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    const accountId = decodeURIComponent(await page.evaluate(() => location.hash.split('/')[2] ?? ''));
    expect(accountId).not.toBe('');
    // As if this account was last opened 60 days ago on this device.
    await page.evaluate((a) => localStorage.setItem('rapport.account-visits', JSON.stringify({ [a]: new Date(Date.now() - 60 * 86_400_000).toISOString() })), accountId);
    await goToSection(page, 2);
    await table.getByRole('row', { name: new RegExp(name) }).first().click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    const card = page.getByRole('region', { name: /^Since your last visit/ });
    const changes = card.getByRole('list', { name: 'Changes since your last visit' });
    await changes.waitFor();
    expect(await changes.getByRole('listitem').count()).toBeGreaterThan(0);
    expect(await changes.textContent()).toMatch(/new ticket|response|came due|Health \d+ → \d+|[Rr]enewal/);
    await card.screenshot({ path: 'test-results/screenshots/since-last-visit-dark.png' });
    await page.keyboard.press('Control+Shift+L');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await card.screenshot({ path: 'test-results/screenshots/since-last-visit-light.png' });

    // Opening it again a moment later: this visit is the new "last visit", and nothing changed since.
    await goToSection(page, 2);
    await table.getByRole('row', { name: new RegExp(name) }).first().click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await card.getByText(/^Nothing changed/).waitFor();
    expect(problems).toEqual([]);
  });

  it('charts usage week by week and NPS over time on the account page, in both themes', async () => {
    const charts = page.getByRole('region', { name: 'Usage and satisfaction' });
    const usage = charts.getByRole('figure', { name: 'Usage trend' });
    await usage.locator('svg .recharts-line-curve').waitFor();
    expect(await usage.locator('figcaption').textContent()).toMatch(/^Weekly active users per week, last 26 weeks: \d+ in the week of /);
    const nps = charts.getByRole('figure', { name: 'NPS over time' });
    const responses = await nps.locator('.recharts-line-dots circle').count();
    expect(await nps.locator('figcaption').textContent()).toMatch(responses > 0 ? new RegExp(`^${responses} NPS responses?; the latest \\d+ on `) : /^No NPS responses yet\.$/);
    await charts.scrollIntoViewIfNeeded();
    await charts.screenshot({ path: 'test-results/screenshots/account-charts-light.png' });
    await page.keyboard.press('Control+Shift+L');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await charts.screenshot({ path: 'test-results/screenshots/account-charts-dark.png' });
    expect(problems).toEqual([]);
  });
});
