import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmptyPortfolio, type SampleSession } from './sample-session';

// Columns mapped to "Note on the timeline" become notes on each account's timeline, once.
const shotsDir = 'test-results/screenshots';
const file = 'test/fixtures/csv/accounts-with-notes.csv';

let session: SampleSession;
let page: Page;
let problems: string[];

beforeAll(async () => {
  mkdirSync(shotsDir, { recursive: true });
  session = await openEmptyPortfolio();
  ({ page, problems } = session);
});

afterAll(async () => {
  await session?.close();
});

const go = (hash: string) => page.evaluate((h) => { window.location.hash = h; }, hash);
const willDo = () => page.getByRole('status', { name: 'What the import will do' }).innerText();

async function importFile() {
  await go('#/import');
  const again = page.getByRole('button', { name: 'Import another file' });
  if (await again.isVisible()) await again.click();
  await page.getByLabel('CSV file').setInputFiles(file);
  await page.getByRole('table', { name: 'Preview' }).waitFor();
  await expect.poll(willDo, { timeout: 30_000 }).not.toBe('checking…');
  const said = await willDo();
  await page.getByRole('button', { name: /^Import [\d,]+ rows/ }).click();
  await page.getByRole('heading', { name: 'Import finished' }).waitFor({ timeout: 60_000 });
  return { said, summary: await page.getByRole('list', { name: 'Import summary' }).innerText() };
}

async function timelineOf(account: string): Promise<string[]> {
  await go('#/accounts');
  await page.getByRole('searchbox', { name: 'Search accounts' }).fill(account);
  await page.getByRole('table', { name: 'Accounts' }).getByText(account, { exact: true }).click();
  await page.getByRole('heading', { name: 'Timeline' }).waitFor();
  const list = page.getByRole('list', { name: 'Timeline' });
  if (!(await list.isVisible())) return [];
  return list.getByRole('listitem').allInnerTexts();
}

describe('notes columns of an accounts import in Chromium', () => {
  it('puts Notes and Comments on the account timelines (Description stays the account description), and adds nothing twice on a re-import', async () => {
    await go('#/import');
    await page.getByLabel('CSV file').setInputFiles(file);
    await page.getByRole('table', { name: 'Preview' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Notes', exact: true }).inputValue()).toBe('timelineNote');
    expect(await page.getByRole('combobox', { name: 'Description', exact: true }).inputValue()).toBe('description');

    const first = await importFile();
    expect(first.said).toBe('3 new, 2 notes for account timelines');
    expect(first.summary).toMatch(/3\s*created[\s\S]*2\s*notes added to timelines/);

    const northwind = await timelineOf('Northwind Traders');
    expect(northwind).toHaveLength(1);
    expect(northwind[0]).toContain('Notes: Champion left in May; new VP wants a QBR');
    await page.screenshot({ path: `${shotsDir}/import-notes-timeline.png`, fullPage: true });
    expect(await timelineOf('Contoso Pharma')).toEqual([expect.stringContaining('Comments: Asked for SSO before renewal')]);

    const again = await importFile();
    expect(again.said).toBe('3 unchanged');
    expect(again.summary).toMatch(/0\s*created[\s\S]*0\s*updated[\s\S]*3\s*already up to date/);
    expect(again.summary).not.toContain('notes added');
    expect(await timelineOf('Northwind Traders')).toHaveLength(1);
    expect(problems).toEqual([]);
  });
});
