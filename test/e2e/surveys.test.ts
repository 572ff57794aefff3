import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../support/pdf-text';
import { goToSection } from './keys';
import { openWithSamplePortfolio, type SampleSession } from './sample-session';

let session: SampleSession;
let page: Page;
let problems: string[];
let accountName = '';

beforeAll(async () => {
  session = await openWithSamplePortfolio();
  ({ page, problems } = session);
});

afterAll(async () => {
  await session?.close();
});

const figure = (key: string) => page.locator(`tr[data-figure="${key}"] td`).nth(1);
const followUps = () => page.getByRole('list', { name: 'Open survey follow-ups' });

async function recordOnAccountPage(score: string, comment: string): Promise<void> {
  await page.getByRole('button', { name: 'Record response', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Record a survey response' });
  await dialog.getByLabel('Score', { exact: true }).fill(score);
  await dialog.getByLabel('Theme', { exact: true }).fill('support');
  await dialog.getByLabel('Comment', { exact: true }).fill(comment);
  await dialog.getByRole('button', { name: 'Record response' }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('surveys, the closed loop and reports in Chromium', () => {
  it('a detractor answer opens a follow-up on Today with its 48-hour clock; closed as rescued after a later 9, the closed-loop rate on Reports moves', async () => {
    await goToSection(page, 8);
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    const before = (await figure('closedLoopRate').textContent()) ?? '';

    // The sample opens follow-ups for its own unhappy answers: take an account with none open.
    await goToSection(page, 6);
    await page.getByRole('heading', { level: 1, name: 'Surveys' }).waitFor();
    await followUps().waitFor();
    const busy = (await followUps().getByRole('listitem').allTextContents()).join('\n');
    expect(busy).toMatch(/left for first contact/);
    expect(busy).toMatch(/first contact overdue by/);
    await goToSection(page, 2);
    const rows = page.getByRole('table', { name: 'Accounts' }).getByRole('row');
    await rows.nth(1).waitFor();
    let first = rows.nth(1);
    for (let i = 1; ; i += 1) {
      first = rows.nth(i);
      accountName = ((await first.getByRole('cell').first().textContent()) ?? '').trim();
      if (!busy.includes(accountName)) break;
    }
    await first.click();
    await page.getByRole('heading', { level: 1, name: accountName }).waitFor();

    // A score outside the range explains itself and saves nothing.
    await page.getByRole('button', { name: 'Record response', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Record a survey response' });
    await dialog.getByLabel('Survey', { exact: true }).selectOption('csat');
    await dialog.getByLabel('Score', { exact: true }).fill('9');
    await dialog.getByRole('button', { name: 'Record response' }).click();
    await dialog.getByText('CSAT scores are whole numbers from 1 to 5').waitFor();
    await dialog.getByLabel('Survey', { exact: true }).selectOption('nps');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await recordOnAccountPage('3', 'Support takes days to answer');
    await page.getByRole('region', { name: /^Surveys/ }).getByText('Support takes days to answer').waitFor();

    await goToSection(page, 1);
    const row = followUps().getByRole('listitem').filter({ hasText: accountName });
    await row.waitFor({ timeout: 20_000 });
    expect(await row.textContent()).toMatch(/4[78] h \d+ min left for first contact/);
    expect(await row.textContent()).toContain('NPS 3');
    await page.screenshot({ path: 'test-results/screenshots/today-follow-up.png' });

    await row.getByRole('button', { name: accountName, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: accountName }).waitFor();
    await recordOnAccountPage('9', 'Much better since the named engineer');

    await goToSection(page, 1);
    await row.getByText('later NPS 9').waitFor();
    await row.getByRole('button', { name: `Move on the follow-up of ${accountName}` }).click();
    const step = page.getByRole('dialog', { name: `Follow-up: ${accountName}` });
    await step.getByLabel('Stage reached').selectOption('closed');
    await step.getByLabel(/^Rescued/).check();
    await step.getByLabel('Root cause').fill('Tickets waited for the weekly triage');
    await step.getByRole('button', { name: 'Close follow-up' }).click();
    await step.waitFor({ state: 'detached' });
    await expect.poll(() => followUps().getByRole('listitem').filter({ hasText: accountName }).count()).toBe(0);

    await goToSection(page, 8);
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    await expect.poll(async () => (await figure('closedLoopRate').textContent()) ?? '').not.toBe(before);
    const rate = (text: string) => (text === '—' ? 0 : Number.parseFloat(text));
    expect(rate((await figure('closedLoopRate').textContent()) ?? '')).toBeGreaterThan(rate(before));
    expect(await figure('rescueRate').textContent()).toBe('100.0%');
    expect(problems).toEqual([]);
  });

  it('downloads the monthly review PDF holding the month NPS and retention figures, and the figures as CSV', async () => {
    const month = (await page.getByRole('table', { name: 'Satisfaction figures' }).getByRole('columnheader').nth(1).textContent()) ?? '';
    expect(month).toMatch(/^[A-Z][a-z]+ \d{4}$/);
    const nps = (await figure('nps').textContent()) ?? '';
    const nrr = (await figure('nrr:USD').textContent()) ?? '';
    const grr = (await figure('grr:USD').textContent()) ?? '';
    expect(nps).not.toBe('—');
    expect(nrr).toMatch(/%$/);

    // The health distribution per period, computed in the health worker, with its legend and figures.
    const chart = page.getByRole('figure', { name: 'Health distribution' });
    await chart.locator('svg.recharts-surface').first().waitFor({ timeout: 30_000 });
    expect(await chart.locator('.recharts-legend-item-text').allTextContents()).toEqual(['Healthy', 'Watch', 'At risk', 'No score']);
    await figure('health:healthy').waitFor();
    const healthy = (await figure('health:healthy').textContent()) ?? '';
    const atRisk = (await figure('health:at_risk').textContent()) ?? '';
    expect(Number(healthy)).toBeGreaterThan(0);
    expect(Number(atRisk)).toBeGreaterThan(0);
    const drops = page.getByRole('table', { name: /^Biggest health drops/ });
    const dropRows = await drops.count() > 0 ? await drops.getByRole('row').count() - 1 : 0;

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Monthly review PDF' }).click();
    const pdf = await download;
    expect(pdf.suggestedFilename()).toBe(`Monthly review - ${month} - All accounts.pdf`);
    const text = pdfText(await pdf.path());
    expect(text).toContain(`Monthly review — ${month}`);
    expect(text).toMatch(new RegExp(`NPS\\s+${nps.replace('+', '\\+')}`));
    expect(text).toContain('Net revenue retention (USD)');
    expect(text).toContain(nrr);
    expect(text).toContain('Gross revenue retention (USD)');
    expect(text).toContain(grr);
    expect(text).toContain('Closed-loop rate');
    expect(text).toContain('Health distribution');
    expect(text).toMatch(new RegExp(`Healthy accounts\\s+${healthy}\\b`));
    expect(text).toMatch(new RegExp(`At-risk accounts\\s+${atRisk}\\b`));
    expect(text).toContain('Biggest health drops');
    if (dropRows > 0) expect(text).toContain('Top driver today');
    else expect(text).toContain('fell by 5 points or more');

    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Figures as CSV' }).click();
    const csv = readFileSync(await (await csvDownload).path(), 'utf8');
    expect(csv.split('\r\n')[0]).toContain(`${month} (value)`);
    expect(csv).toContain('Closed-loop rate');
    expect(csv).toContain(`Health,Healthy accounts,,${healthy},`);
    expect(problems).toEqual([]);
  });

  it('titles a quarter\'s export as a quarterly review', async () => {
    await page.getByRole('button', { name: 'Quarter', exact: true }).click();
    const quarter = (await page.getByRole('combobox', { name: /^Period/ }).locator('option:checked').textContent()) ?? '';
    expect(quarter).toMatch(/^Q[1-4] \d{4}$/);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Quarterly review PDF' }).click();
    const pdf = await download;
    expect(pdf.suggestedFilename()).toBe(`Quarterly review - ${quarter} - All accounts.pdf`);
    const text = pdfText(await pdf.path());
    expect(text).toContain(`Quarterly review — ${quarter}`);
    expect(text).not.toContain('Monthly review');
    await page.getByRole('button', { name: 'Month', exact: true }).click();
    expect(problems).toEqual([]);
  });

  it('shows Reports in light and dark', async () => {
    await page.screenshot({ path: 'test-results/screenshots/reports-light.png' });
    await page.locator('.chart-grid').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screenshots/reports-charts-light.png' });
    await page.getByRole('figure', { name: 'Health distribution' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screenshots/reports-health-light.png' });
    await goToSection(page, 9);
    await page.getByRole('button', { name: 'Dark', exact: true }).click();
    await goToSection(page, 8);
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    await page.locator('.report-chart svg').first().waitFor();
    await page.screenshot({ path: 'test-results/screenshots/reports-dark.png' });
    await page.locator('.chart-grid').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screenshots/reports-charts-dark.png' });
    await page.getByRole('figure', { name: 'Health distribution' }).locator('svg.recharts-surface').first().waitFor({ timeout: 30_000 });
    await page.getByRole('figure', { name: 'Health distribution' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screenshots/reports-health-dark.png' });
    await page.getByRole('heading', { name: /^Biggest health drops/ }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screenshots/reports-drops-dark.png' });
    await goToSection(page, 6);
    await page.getByRole('heading', { level: 1, name: 'Surveys' }).waitFor();
    await page.screenshot({ path: 'test-results/screenshots/surveys-dark.png' });
    expect(problems).toEqual([]);
  });
});
