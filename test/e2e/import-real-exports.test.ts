import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountsToCsv } from '../../shared/export/records-csv';
import { generatePortfolio } from '../../shared/sample/portfolio';
import { openEmptyPortfolio, type SampleSession } from './sample-session';

// Real-world exports through the real file input: encodings, picklists, day-first dates, duplicate ids.
const shotsDir = 'test-results/screenshots';
const fixture = (name: string) => `test/fixtures/csv/${name}`;

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
const summary = () => page.getByRole('list', { name: 'Import summary' }).innerText();
const willDo = () => page.getByRole('status', { name: 'What the import will do' }).innerText();
// A preview row with the note under it (both in one row group).
const previewRow = (rowNumber: number) => page.getByRole('table', { name: 'Preview' }).getByRole('rowgroup').filter({ has: page.getByRole('cell', { name: String(rowNumber), exact: true }) }).first().innerText();

async function open(file: Parameters<Page['setInputFiles']>[1]) {
  await go('#/import');
  const again = page.getByRole('button', { name: 'Import another file' });
  if (await again.isVisible()) await again.click();
  await page.getByLabel('CSV file').setInputFiles(file);
  await page.getByRole('table', { name: 'Preview' }).waitFor();
  await expect.poll(willDo).not.toBe('checking…');
}

async function importNow() {
  await page.getByRole('button', { name: /^Import [\d,]+ rows/ }).click();
  await page.getByRole('heading', { name: 'Import finished' }).waitFor({ timeout: 120_000 });
}

async function search(text: string, count: number) {
  await go('#/accounts');
  await page.getByRole('searchbox', { name: 'Search accounts' }).fill(text);
  const rows = () => page.getByRole('table', { name: 'Accounts' }).getAttribute('aria-rowcount');
  await expect.poll(rows, { timeout: 30_000 }).toBe(String(count + 1));
}

describe('importing real CRM exports in Chromium', () => {
  it('imports a Salesforce report whose Type is a relationship, with every useful column and honest counts', async () => {
    await open(fixture('salesforce-accounts-report.csv'));
    expect(await page.getByLabel('Exported from').inputValue()).toBe('salesforce');
    expect(await page.getByRole('combobox', { name: 'Type', exact: true }).inputValue()).toBe('');
    expect(await page.getByRole('combobox', { name: 'Billing Country', exact: true }).inputValue()).toBe('billingCountry');
    expect(await willDo()).toBe('9 new, 1 rejected');
    await page.screenshot({ path: `${shotsDir}/import-salesforce-report.png`, fullPage: true });
    await importNow();
    expect(await summary()).toMatch(/9\s*created[\s\S]*0\s*updated[\s\S]*0\s*already up to date[\s\S]*1\s*rejected/);
    await page.getByText('2 accounts have a renewal date that has passed').waitFor();
    await page.getByRole('table', { name: 'Rejected rows' }).getByText('"n/a" is not an amount').waitFor();
    await search('Seattle', 1);
    await search('contoso.example', 1);
    await page.getByRole('table', { name: 'Accounts' }).getByText('$42,000.50').waitFor();
  });

  it('names a HubSpot Record ID used twice with different values; keeping the first, a re-import changes nothing', async () => {
    await open(fixture('hubspot-companies-duplicate-id.csv'));
    const dupes = page.getByRole('group', { name: 'Duplicate rows' });
    await dupes.getByText('Rows 5 and 6 share Record ID 9000040 and disagree on Company owner, ARR, Renewal Date').waitFor();
    expect(await page.getByRole('combobox', { name: 'Annual Revenue', exact: true }).inputValue()).toBe('');
    await page.getByRole('button', { name: 'Use as annual contract value?' }).waitFor();
    await dupes.getByLabel('Keep the first row').check();
    await expect.poll(willDo).toBe('5 new, 1 skipped as duplicates');
    await page.screenshot({ path: `${shotsDir}/import-hubspot-duplicate.png`, fullPage: true });
    await importNow();
    expect(await summary()).toMatch(/5\s*created[\s\S]*0\s*rejected[\s\S]*1\s*skipped as duplicates/);
    await search('Datum', 1);
    await page.getByRole('table', { name: 'Accounts' }).getByText('$250,000').waitFor();
    await open(fixture('hubspot-companies-duplicate-id.csv'));
    await page.getByRole('group', { name: 'Duplicate rows' }).getByLabel('Keep the first row').check();
    await expect.poll(willDo).toBe('5 unchanged, 1 skipped as duplicates');
    await importNow();
    expect(await summary()).toMatch(/0\s*created[\s\S]*0\s*updated[\s\S]*5\s*already up to date/);
  });

  it('reads a Windows-1252 semicolon file: accents intact, day-first dates, decimal commas and euros', async () => {
    await open(fixture('european-accounts-1252.csv'));
    expect(await page.getByLabel('Text encoding').inputValue()).toBe('windows-1252');
    const formats = page.getByRole('list', { name: 'How dates and numbers are read' });
    await formats.getByText('Renewal Date: dates read as day/month/year').waitFor();
    await formats.getByText('ARR: numbers read with a decimal comma (1.250,50)').waitFor();
    await page.getByRole('table', { name: 'Values of Segment' }).waitFor();
    expect(await previewRow(4)).toContain('"PME" is not a segment: choose Small business, Mid-market or Enterprise, or it stays Small business');
    await page.getByRole('combobox', { name: 'Segment: PME' }).selectOption({ label: 'Small business' });
    expect(await previewRow(2)).toMatch(/Société Générale Assurances\s+EU-001\s+Enterprise\s+€1,250,000.50\s+2026-12-01\s+2019-03-15/);
    await page.screenshot({ path: `${shotsDir}/import-european-1252.png`, fullPage: true });
    expect(await willDo()).toBe('6 new');
    await importNow();
    expect(await summary()).toMatch(/6\s*created/);
    await page.getByText('1 account has a renewal date that has passed').waitFor();
    await search('Société Générale', 1);
    await search('München', 1);
    await page.getByRole('table', { name: 'Accounts' }).getByText('Müller & Söhne GmbH').waitFor();
  });

  it('reads an Excel "Unicode text" file and asks how its ambiguous dates are written', async () => {
    await open(fixture('excel-unicode-text.txt'));
    expect(await page.getByLabel('Text encoding').inputValue()).toBe('utf-16le');
    await page.getByRole('note').getByText('Could not tell from the values').waitFor();
    await page.getByLabel('Dates in Renewal Date').selectOption('dmy');
    expect(await previewRow(2)).toMatch(/Zoë Köln AG\s+XL-1\s+\$48,000\s+2027-04-03/);
    await importNow();
    expect(await summary()).toMatch(/4\s*created/);
    await search('Łódź', 1);
  });

  it('asks before importing a file whose every row would be rejected', async () => {
    await open({ name: 'all-bad.csv', mimeType: 'text/csv', buffer: Buffer.from('Account Name,ARR\nA,lots\nB,plenty\n') });
    expect(await willDo()).toBe('2 rejected');
    await page.getByRole('button', { name: 'Import 2 rows as accounts' }).click();
    const ask = page.getByRole('alertdialog', { name: 'Every row would be rejected' });
    await ask.waitFor();
    await ask.getByRole('button', { name: 'Go back and fix' }).click();
    expect(await ask.count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Import finished' }).count()).toBe(0);
  });

  it('after a reload mid-import, says how much was saved, and choosing the file again finishes it', async () => {
    const { accounts, teamMembers } = generatePortfolio({ accounts: 6_000, usageWeeks: 0, seed: 7 });
    const csv = Buffer.from(accountsToCsv(accounts.map((a) => ({ ...a, externalId: `HALF-${a.externalId ?? ''}` })), teamMembers));
    const file = { name: 'half.csv', mimeType: 'text/csv', buffer: csv };
    await open(file);
    await page.getByRole('button', { name: 'Import 6,000 rows as accounts' }).click();
    const saved = page.getByRole('progressbar', { name: 'Records saved' });
    await expect.poll(async () => Number(await saved.getAttribute('value').catch(() => '0')), { timeout: 60_000, interval: 20 }).toBeGreaterThan(0);
    await page.reload();
    await go('#/import');
    const notice = page.getByRole('alert').filter({ hasText: 'stopped before it finished' });
    const text = await notice.innerText();
    const [, done] = /stopped before it finished: ([\d,]+) of 6,000 accounts were saved/.exec(text) ?? [];
    const before = Number((done ?? 'NaN').replace(/,/g, ''));
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(6_000);
    await page.getByLabel('CSV file').setInputFiles(file);
    await expect.poll(willDo, { timeout: 60_000 }).toMatch(/new/);
    const [, fresh = '0', same = '0'] = /^([\d,]+) new, ([\d,]+) unchanged$/.exec(await willDo()) ?? [];
    expect(Number(fresh.replace(/,/g, '')) + Number(same.replace(/,/g, ''))).toBe(6_000);
    expect(Number(same.replace(/,/g, ''))).toBeGreaterThanOrEqual(before);
    await importNow();
    await search('HALF-', 6_000);
    expect(problems).toEqual([]);
  }, 240_000);
});
