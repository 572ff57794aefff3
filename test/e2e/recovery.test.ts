import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../support/pdf-text';
import { axeViolations, describeViolations } from './axe';
import { goToSection } from './keys';
import { openWithSamplePortfolio, type SampleSession } from './sample-session';

let session: SampleSession;
let page: Page;
let problems: string[];
const shots = 'test-results/screenshots';

beforeAll(async () => {
  session = await openWithSamplePortfolio();
  ({ page, problems } = session);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
});

afterAll(async () => {
  await session?.close();
});

const accountsTable = () => page.getByRole('table', { name: 'Affected accounts' });
const progressText = () => page.getByRole('region', { name: 'Outreach progress' }).textContent();

async function download(click: () => Promise<void>): Promise<string> {
  const event = page.waitForEvent('download');
  await click();
  return readFile(await (await event).path(), 'utf8');
}

describe('service recovery in Chromium', () => {
  it('starts a program for the accounts using one product', async () => {
    await goToSection(page, 7);
    await page.getByRole('heading', { level: 1, name: 'Recovery' }).waitFor();
    await page.getByRole('button', { name: 'Start a program' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Start a recovery program' });
    await dialog.getByRole('button', { name: 'Start program' }).click();
    await dialog.getByText('Name the program').waitFor();
    await dialog.getByText('Choose at least one affected account').first().waitFor();
    await dialog.getByLabel('Program name').fill('Payments outage 27 Nov');
    await dialog.getByLabel('What we tell customers').fill('Card payments failed for three hours on Friday because of a faulty release.');
    await dialog.getByLabel('Tag or product').selectOption('Payments');
    await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/^20 accounts: /);
    await page.screenshot({ path: `${shots}/recovery-new-program.png` });
    expect(describeViolations('new program dialog', await axeViolations(page))).toEqual([]);
    await dialog.getByRole('button', { name: 'Start program for 20 accounts' }).click();
    await page.getByRole('heading', { level: 1, name: 'Payments outage 27 Nov' }).waitFor();
    expect(await accountsTable().locator('tbody tr').count()).toBe(20);
    expect(await progressText()).toMatch(/0 of 20 reached.*20 to contact.*due in 1 d 23 h/);
  });

  it('assigns two owners in bulk', async () => {
    const rows = accountsTable().locator('tbody tr');
    for (const i of [0, 1, 2]) await rows.nth(i).getByRole('checkbox').check();
    await page.getByLabel('Owner for the selected accounts').selectOption({ label: 'Sam Rivera' });
    await page.getByRole('button', { name: 'Assign owner' }).click();
    await page.getByText('3 accounts now with Sam Rivera').waitFor();
    for (const i of [3, 4]) await rows.nth(i).getByRole('checkbox').check();
    await page.getByLabel('Owner for the selected accounts').selectOption({ label: 'Jordan Lee' });
    await page.getByRole('button', { name: 'Assign owner' }).click();
    await page.getByText('2 accounts now with Jordan Lee').waitFor();
    const owners = () => rows.evaluateAll((trs) => trs.slice(0, 6).map((tr) => tr.children[2]?.textContent));
    await expect.poll(owners).toEqual(['Sam Rivera', 'Sam Rivera', 'Sam Rivera', 'Jordan Lee', 'Jordan Lee', 'Nobody']);
  });

  it('marks three accounts contacted from their drafts', async () => {
    const rows = accountsTable().locator('tbody tr');
    for (const i of [0, 1, 2]) {
      const name = (await rows.nth(i).locator('td').nth(1).textContent()) ?? '';
      await rows.nth(i).getByRole('button', { name: `Open the track of ${name}` }).click();
      const side = page.getByRole('complementary', { name: `Track of ${name}` });
      expect(await side.getByLabel('Email text').textContent()).toContain(`I know ${name} relies on`);
      await side.getByRole('button', { name: 'Copy and mark contacted' }).click();
      await side.getByText('Contacted', { exact: true }).waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toMatch(/^Subject: Payments outage 27 Nov: what happened/);
      expect(copied).toContain('Card payments failed for three hours');
    }
    await expect.poll(progressText).toMatch(/3 of 20 reached.*17 to contact/);
    await page.screenshot({ path: `${shots}/recovery-program-light.png` });
    expect(describeViolations('program page (light)', await axeViolations(page))).toEqual([]);
  });

  it('shows the progress against the deadline on Today', async () => {
    await goToSection(page, 1);
    const panel = page.getByRole('region', { name: 'Recovery outreach' });
    await panel.waitFor();
    expect(await panel.getByRole('progressbar', { name: 'Payments outage 27 Nov: accounts reached' }).getAttribute('aria-valuetext')).toMatch(/^3 of 20 reached, due in 1 d 23 h/);
    await panel.screenshot({ path: `${shots}/recovery-today.png` });
    await panel.getByRole('link', { name: 'Payments outage 27 Nov' }).click();
    await page.getByRole('heading', { level: 1, name: 'Payments outage 27 Nov' }).waitFor();
  });

  it('records impact, remediation, follow-up and outcomes, and downloads the report', async () => {
    const rows = accountsTable().locator('tbody tr');
    const first = (await rows.nth(0).locator('td').nth(1).textContent()) ?? '';
    await rows.nth(0).getByRole('button', { name: `Open the track of ${first}` }).click();
    const side = page.getByRole('complementary', { name: `Track of ${first}` });
    await side.getByRole('group', { name: 'Impact' }).getByRole('button', { name: 'major' }).click();
    await side.getByLabel('Impact note').fill('Lost a morning of online sales');
    await side.getByRole('button', { name: 'Save impact' }).click();
    await side.getByRole('heading', { name: 'Track · Impact assessed' }).waitFor();
    await side.getByLabel('Credit').fill('500');
    await side.getByRole('button', { name: 'Save remediation' }).click();
    await side.getByRole('heading', { name: 'Track · Remediation agreed' }).waitFor();
    await side.getByRole('button', { name: 'Mark followed up' }).click();
    await side.getByRole('heading', { name: 'Track · Followed up' }).waitFor();
    await side.getByLabel('Outcome').selectOption('retained');
    const second = (await rows.nth(1).locator('td').nth(1).textContent()) ?? '';
    await rows.nth(1).getByRole('button', { name: `Open the track of ${second}` }).click();
    await page.getByRole('complementary', { name: `Track of ${second}` }).getByLabel('Outcome').selectOption('churned');
    const outcomes = page.getByRole('region', { name: 'Outcomes' });
    await expect.poll(() => outcomes.textContent()).toContain('50%');
    expect(await outcomes.textContent()).toContain('$500');

    const csv = await download(() => page.getByRole('button', { name: 'Export CSV' }).click());
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(21);
    expect(lines.find((l) => l.startsWith(first))).toMatch(/,Sam Rivera,Followed up,.*,yes,major,Lost a morning of online sales,500\.00,USD,.*,retained,/);
    expect(lines.find((l) => l.startsWith(second))).toMatch(/,Contacted,.*,yes,.*,churned,/);

    const pdf = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export report PDF' }).click();
    const saved = await pdf;
    expect(saved.suggestedFilename()).toMatch(/^Recovery report - Payments outage 27 Nov - \d{4}-\d{2}-\d{2}\.pdf$/);
    await saved.saveAs(`${shots}/recovery-report.pdf`);
    const text = pdfText(await saved.path()).replace(/\s+/g, ' ');
    expect(text).toContain('Recovery report: Payments outage 27 Nov');
    // The facts grid prints its labels in capitals above their values.
    expect(text).toMatch(/REACHED WITHIN THE DEADLINE .*3 of 20 \(15%\)/);
    expect(text).toMatch(/CREDITS GIVEN .*\$500/);
    expect(text).toMatch(/LOGO RETENTION .*50%/);
    expect(text).toMatch(new RegExp(`${first} Sam Rivera Followed up .* yes major \\$500 retained`));
    expect(problems).toEqual([]);
  });

  it('sends the follow-up survey to one account, records its 9 and finds it on the track and in the report', async () => {
    const rows = accountsTable().locator('tbody tr');
    const first = (await rows.nth(0).locator('td').nth(1).textContent()) ?? '';
    await rows.nth(0).getByRole('button', { name: `Open the track of ${first}` }).click();
    const side = page.getByRole('complementary', { name: `Track of ${first}` });
    const survey = side.getByRole('region', { name: 'Follow-up survey' });
    expect(await survey.getByLabel('Survey invitation text').textContent()).toContain(`${first} was hit by an incident on our side (Payments outage 27 Nov). Card payments failed for three hours`);
    await survey.getByRole('button', { name: 'Copy and mark sent' }).click();
    await survey.getByText('Awaiting answer').waitFor();
    await survey.screenshot({ path: `${shots}/recovery-survey-sent-light.png` });
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Subject: Payments outage 27 Nov: how did we handle it\?\n\nHi /);
    const figures = page.getByRole('region', { name: 'Follow-up survey summary' });
    await expect.poll(() => figures.textContent()).toMatch(/1Requested0Answered1Awaiting/);

    await survey.getByRole('button', { name: 'Record the answer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record a survey response' });
    await dialog.getByLabel('Score').fill('9');
    await dialog.getByLabel('Comment').fill('You kept us posted every hour');
    await dialog.getByRole('button', { name: 'Record response' }).click();
    await dialog.waitFor({ state: 'detached' });
    await survey.getByText('NPS 9 · promoter').waitFor();
    expect(await survey.getByLabel('Survey answer').textContent()).toContain('“You kept us posted every hour”');
    await expect.poll(() => figures.textContent()).toMatch(/1Requested1Answered0Awaiting9\.0Average NPS · 1 answer \(1 promoter/);
    await survey.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/recovery-survey-track-light.png` });
    await survey.screenshot({ path: `${shots}/recovery-survey-answer-light.png` });
    await figures.screenshot({ path: `${shots}/recovery-survey-figures-light.png` });
    expect(describeViolations('survey on the track (light)', await axeViolations(page))).toEqual([]);

    const csv = await download(() => page.getByRole('button', { name: 'Export CSV' }).click());
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toContain(',Survey requested at (UTC),Follow-up survey,Survey kind,Survey score,Survey answered at (UTC),Survey comment');
    expect(lines.find((l) => l.startsWith(first))).toMatch(/,retained,[\d.]+,USD,\d{4}-\d\d-\d\dT[\d:.]+Z,answered,NPS,9,\d{4}-\d\d-\d\dT[\d:.]+Z,You kept us posted every hour$/);
    expect(lines.filter((l) => l.includes(',answered,'))).toHaveLength(1);

    const pdf = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export report PDF' }).click();
    const saved = await pdf;
    await saved.saveAs(`${shots}/recovery-report-survey.pdf`);
    const text = pdfText(await saved.path()).replace(/\s+/g, ' ');
    // The facts grid prints a row of capitalised labels, then their values.
    expect(text).toMatch(/SURVEY REQUESTED ANSWERED AWAITING AN ANSWER 1 1 0/);
    expect(text).toMatch(/OVERDUE \(OVER 14 DAYS\) AVERAGE NPS ANSWER NPS ANSWERS 0 9\.0 \(1 answer\) 1 promoter, 0 passive, 0 detractors/);
    expect(text).toContain(`${first} (NPS 9 · promoter): "You kept us posted every hour"`);
    expect(text).toContain('Follow-up survey');
    expect(text).toMatch(new RegExp(`${first} Sam Rivera Followed up .* retained NPS 9`));
    expect(problems).toEqual([]);
  });

  it('looks right in dark mode', async () => {
    await page.keyboard.press('Control+Shift+L');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.screenshot({ path: `${shots}/recovery-program-dark.png` });
    await page.getByRole('region', { name: 'Follow-up survey', exact: true }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/recovery-survey-track-dark.png` });
    await page.getByRole('region', { name: 'Follow-up survey summary' }).screenshot({ path: `${shots}/recovery-survey-figures-dark.png` });
    expect(describeViolations('program page (dark)', await axeViolations(page))).toEqual([]);
    await page.keyboard.press('Control+Shift+L');
  });
});

describe('expansion leads in Chromium', () => {
  it('flags a lead on an account page, qualifies it, hands it off and finds it in the CRM CSV', async () => {
    await page.evaluate(() => { window.location.hash = '#/accounts/acc-7-2'; });
    // The page's actions show once the account has loaded (its heading says "Account" until then).
    await page.getByRole('button', { name: 'Flag opportunity' }).waitFor();
    const account = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    await page.getByRole('button', { name: 'Flag opportunity' }).click();
    const dialog = page.getByRole('dialog', { name: 'Flag an expansion opportunity' });
    await dialog.getByLabel('Opportunity').fill('Analytics for the finance team');
    await dialog.getByLabel('Estimated ARR (USD)').fill('18000');
    await dialog.getByLabel('Expected decision by').fill('2027-03-31');
    await dialog.getByLabel('Evidence').fill('Asked for dashboards in the last review');
    await dialog.getByRole('button', { name: 'Flag opportunity' }).click();
    await page.getByText(`Lead flagged on ${account}`).waitFor();

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Leads', exact: true }).click();
    await page.getByRole('button', { name: 'Analytics for the finance team' }).click();
    const panel = page.getByRole('complementary', { name: 'Lead Analytics for the finance team' });
    expect(await panel.getByRole('button', { name: 'Qualify' }).isDisabled()).toBe(true);
    for (const check of ['Need confirmed', 'Value confirmed', 'Timing confirmed', 'Champion confirmed']) {
      await panel.getByLabel(check).click();
      await expect.poll(() => panel.getByLabel(check).isChecked()).toBe(true);
    }
    await panel.getByRole('button', { name: 'Qualify' }).click();
    await panel.getByRole('button', { name: 'Hand off to sales (copies the summary)' }).click();
    await panel.getByText('Handed to sales', { exact: true }).waitFor();
    const summary = await page.evaluate(() => navigator.clipboard.readText());
    expect(summary).toContain('Expansion lead: Analytics for the finance team');
    expect(summary).toContain(`Account: ${account}`);
    await page.screenshot({ path: `${shots}/leads-light.png` });
    expect(describeViolations('leads (light)', await axeViolations(page))).toEqual([]);

    const csv = await download(() => page.getByRole('button', { name: 'Export handed-off leads (CSV)' }).click());
    const [header, row] = csv.trim().split('\r\n');
    expect(header).toBe('Name,Account Name,Account External Id,Type,StageName,Amount,CurrencyIsoCode,CloseDate,LeadSource,Description,Contact Email');
    expect(row).toMatch(new RegExp(`^Analytics for the finance team,${account.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},CRM-\\d+,Existing Customer - Upgrade,Prospecting,18000\\.00,USD,2027-03-31,Customer Success,Asked for dashboards`));
    await page.keyboard.press('Control+Shift+L');
    await page.screenshot({ path: `${shots}/leads-dark.png` });
    expect(describeViolations('leads (dark)', await axeViolations(page))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
