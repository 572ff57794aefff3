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

const accountsTable = () => page.getByRole('table', { name: 'Accounts' });

describe('portfolio in Chromium', () => {
  it('creates an account; invalid fields explain themselves and keep what was typed', async () => {
    await goToSection(page, 2);
    await page.getByRole('button', { name: 'New account' }).click();
    const dialog = page.getByRole('dialog', { name: 'New account' });
    await dialog.getByLabel('Annual contract value').fill('a lot');
    await dialog.getByLabel('Industry').fill('Aerospace');
    await dialog.getByRole('button', { name: 'Create account' }).click();
    await dialog.getByText('Give the account a name').waitFor();
    await dialog.getByText('Enter an amount like 15,000 or $15,000.00').waitFor();
    expect(await dialog.getByLabel('Industry').inputValue()).toBe('Aerospace');
    await dialog.getByLabel('Name', { exact: true }).fill('Zephyr Aerospace');
    await dialog.getByLabel('Annual contract value').fill('$48,000.00');
    await dialog.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zephyr Aerospace' }).waitFor();
    await page.getByText('$48,000').first().waitFor();
  });

  it('adds a stakeholder and logs a touch from the command palette in two keystrokes', async () => {
    await page.getByRole('button', { name: 'Add stakeholder' }).click();
    const dialog = page.getByRole('dialog', { name: 'New stakeholder' });
    await dialog.getByLabel('Name').fill('Ines Varga');
    await dialog.getByLabel('Email').fill('not-an-email');
    await dialog.getByRole('button', { name: 'Add stakeholder' }).click();
    await dialog.getByText('That is not an email address').waitFor();
    await dialog.getByLabel('Email').fill('ines@zephyr.example');
    await dialog.getByLabel('Role').selectOption('champion');
    await dialog.getByRole('button', { name: 'Add stakeholder' }).click();
    await page.getByRole('group', { name: 'Stakeholder map' }).getByText('Ines Varga').waitFor();

    await page.keyboard.press('Control+k');
    await page.keyboard.press('Enter');
    const touch = page.getByRole('dialog', { name: 'Log a touch' });

    await touch.getByLabel('Summary').waitFor();
    expect(await touch.getByLabel('Account').evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe('Zephyr Aerospace');
    await touch.getByLabel('Summary').fill('Kick-off call with the champion');
    await touch.getByLabel('With').selectOption({ label: 'Ines Varga' });
    await touch.getByRole('button', { name: 'Log touch' }).click();
    await page.getByRole('list', { name: 'Timeline' }).getByText('Kick-off call with the champion').waitFor();
  });

  it('filters and searches the portfolio, including by stakeholder name, and saves a view', async () => {
    await goToSection(page, 2);
    await page.getByRole('searchbox', { name: 'Search accounts' }).fill('ines varga');
    await expect.poll(() => accountsTable().getAttribute('aria-rowcount')).toBe('2');
    await page.getByRole('searchbox', { name: 'Search accounts' }).fill('');
    await page.getByLabel('Segment').selectOption('enterprise');
    await page.getByLabel('Renewal').selectOption('365');
    const count = Number(await accountsTable().getAttribute('aria-rowcount')) - 1;
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(60);
    await page.getByRole('button', { name: 'Save view' }).click();
    await page.getByLabel('View name').fill('Enterprise renewals this year');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => accountsTable().getAttribute('aria-rowcount')).toBe('62');
    await page.getByLabel('Saved views').selectOption('Enterprise renewals this year');
    await expect.poll(async () => Number(await accountsTable().getAttribute('aria-rowcount')) - 1).toBe(count);
    await page.getByRole('button', { name: 'Clear filters' }).click();
  });

  it('sorts by ARR and opens an account from the keyboard', async () => {
    await page.getByRole('columnheader', { name: /ARR/ }).getByRole('button').click();
    await page.getByRole('columnheader', { name: /ARR/ }).getByRole('button').click();
    expect(await page.getByRole('columnheader', { name: /ARR/ }).getAttribute('aria-sort')).toBe('descending');
    const first = accountsTable().getByRole('row').nth(1);
    const name = (await first.getByRole('cell').first().textContent()) ?? '';
    await first.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name }).waitFor();
  });

  it('deletes an account with undo', async () => {
    await page.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => accountsTable().getAttribute('aria-rowcount')).toBe('61');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => accountsTable().getAttribute('aria-rowcount')).toBe('62');
    await page.screenshot({ path: 'test-results/screenshots/accounts-list.png' });
    expect(problems).toEqual([]);
  });
});
