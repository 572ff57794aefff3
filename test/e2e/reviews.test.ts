import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfInfo, pdfText, pdfToPngs } from '../support/pdf-text';
import { goToSection } from './keys';
import { openWithSamplePortfolio, type SampleSession } from './sample-session';

let session: SampleSession;
let page: Page;
let problems: string[];
let accountName = '';
let escalationTitle = '';

beforeAll(async () => {
  // A zone far from UTC, so times printed in UTC by mistake would show.
  session = await openWithSamplePortfolio({ timezoneId: 'America/New_York' });
  ({ page, problems } = session);
});

afterAll(async () => {
  await session?.close();
});

describe('business reviews in Chromium', () => {
  it('plans a review for a sample account with an agenda proposed from its open escalation', async () => {
    await goToSection(page, 4);
    const first = page.getByRole('table', { name: 'Escalations' }).locator('tbody tr').first();
    await first.waitFor();
    escalationTitle = (await first.locator('td').nth(1).textContent()) ?? '';
    accountName = (await first.locator('td').nth(2).textContent()) ?? '';
    expect(escalationTitle).not.toBe('');

    await goToSection(page, 5);
    await page.getByRole('heading', { level: 1, name: 'Reviews' }).waitFor();
    await page.getByRole('button', { name: 'Plan a review' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Plan a review' });
    await dialog.getByLabel('Account').selectOption({ label: accountName });
    const agenda = dialog.locator('.agenda-items input');
    await expect.poll(() => agenda.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value).join('\n'))).toContain(escalationTitle);
    await dialog.getByLabel('Address').fill('1 Harbour Street, Floor 4');
    await dialog.getByLabel('Objectives (one per line)').fill('Agree the renewal plan\nClose the open escalation');
    // Reorder with the keyboard: the last item moves up one place.
    const count = await agenda.count();
    await agenda.nth(count - 1).focus();
    const lastText = await agenda.nth(count - 1).inputValue();
    if (count > 1) {
      await page.keyboard.press('Alt+ArrowUp');
      await expect.poll(() => agenda.nth(count - 2).inputValue()).toBe(lastText);
    }
    await dialog.getByLabel('New agenda item').fill('Roadmap preview');
    await dialog.getByLabel('New agenda item').press('Enter');
    await dialog.getByRole('button', { name: 'Plan review' }).click();
    await page.getByRole('heading', { level: 1, name: `QBR with ${accountName}` }).waitFor();
  });

  it('shows the pack and exports it as a PDF holding the account and its escalation', async () => {
    await page.getByRole('region', { name: 'Open escalations' }).getByText(escalationTitle).first().waitFor();
    await page.getByRole('figure').first().locator('svg').first().waitFor();
    await page.screenshot({ path: 'test-results/screenshots/review-pack-light.png', fullPage: true });
    await page.keyboard.press('Control+Shift+L');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.screenshot({ path: 'test-results/screenshots/review-pack-dark.png', fullPage: true });
    await page.keyboard.press('Control+Shift+L');

    await page.getByLabel('Paper size').selectOption('LETTER');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export pack PDF' }).click();
    const pdf = await download;
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    const path = await pdf.path();
    const text = pdfText(path);
    expect(text).toContain(accountName);
    expect(text).toContain(escalationTitle);
    expect(text).toMatch(/Page 1 of \d/);
    expect(pdfInfo(path).pageSize).toContain('612 x 792');
    pdfToPngs(path, 'test-results/screenshots/review-pack-pdf', 70);
  });

  it('edits the planned review: the plan dialog reopens filled, and the change is one update', async () => {
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit the review' });
    await expect.poll(() => dialog.getByLabel('Address').inputValue()).toBe('1 Harbour Street, Floor 4');
    expect(await dialog.getByLabel('Objectives (one per line)').inputValue()).toBe('Agree the renewal plan\nClose the open escalation');
    expect(await dialog.locator('.agenda-items input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toContain('Roadmap preview');
    expect(await dialog.getByLabel('Time').inputValue()).toBe('10:00');
    await dialog.getByLabel('Time').fill('15:45');
    await dialog.getByLabel('Address').fill('2 Quay Road, Floor 9');
    await page.screenshot({ path: 'test-results/screenshots/review-edit-light.png' });
    await page.keyboard.press('Control+Shift+L');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.screenshot({ path: 'test-results/screenshots/review-edit-dark.png' });
    await page.keyboard.press('Control+Shift+L');
    await dialog.getByRole('button', { name: 'Cancel review…' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screenshots/review-edit-actions-light.png' });
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await dialog.waitFor({ state: 'detached' });
    const overview = page.getByRole('region', { name: 'Overview' });
    await overview.getByText('2 Quay Road, Floor 9').waitFor();
    // The pack prints the meeting in the browser's zone (set to a non-UTC zone for this run).
    expect(await overview.textContent()).toMatch(/15:45 \(/);
  });

  it('shows the pre-visit brief next to the pack and exports it alone', async () => {
    await page.getByRole('button', { name: 'Pre-visit brief' }).click();
    await page.getByRole('region', { name: 'Since the last visit' }).waitFor();
    await page.getByRole('region', { name: 'Tickets opened since' }).waitFor();
    await page.screenshot({ path: 'test-results/screenshots/review-brief-light.png', fullPage: true });
    await page.keyboard.press('Control+Shift+L');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.screenshot({ path: 'test-results/screenshots/review-brief-dark.png', fullPage: true });
    await page.keyboard.press('Control+Shift+L');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export brief PDF' }).click();
    const pdf = await download;
    expect(pdf.suggestedFilename()).toContain('pre-visit brief');
    const path = await pdf.path();
    expect(pdfText(path)).toContain(accountName);
    expect(pdfInfo(path).pages).toBeLessThanOrEqual(2);
    pdfToPngs(path, 'test-results/screenshots/review-brief-pdf', 70);
    await page.getByRole('button', { name: 'Review pack' }).click();
  });

  it('prepares a trip: a brief per account and the packs of the next 14 days in one ZIP, with progress', async () => {
    await page.getByRole('button', { name: 'All reviews' }).click();
    await page.getByRole('button', { name: 'Prepare a trip' }).click();
    const trip = page.getByRole('dialog', { name: 'Prepare a trip' });
    const listed = trip.getByRole('list', { name: 'Reviews on this trip' }).getByRole('listitem');
    await listed.first().waitFor();
    const count = await listed.count();
    // Without a team server there is nothing to check, and the dialog says so.
    expect(await trip.getByRole('status', { name: 'Sync before the trip' }).textContent()).toBe('No team server is set up: the packs hold what is on this device.');
    expect(await trip.getByRole('list', { name: 'Reviews on this trip' }).textContent()).toContain(accountName);
    const download = page.waitForEvent('download');
    await trip.getByRole('button', { name: /^Export \d+ packs?$/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^Trip pack \d{4}-\d{2}-\d{2}\.zip$/);
    const zip = unzipSync(readFileSync(await file.path()));
    const names = Object.keys(zip);
    const briefs = names.filter((n) => n.endsWith(' - pre-visit brief.pdf'));
    const packs = names.filter((n) => !n.endsWith(' - pre-visit brief.pdf'));
    expect(packs).toHaveLength(count);
    const accounts = await trip.getByRole('list', { name: 'Reviews on this trip' }).locator('label').allTextContents();
    expect(briefs).toHaveLength(new Set(accounts).size);
    // Each account's brief is a PDF that names the account and says since when it reports.
    for (const account of new Set(accounts)) {
      const brief = briefs.find((n) => n.includes(account));
      expect(brief, account).toBeDefined();
      const text = pdfText(zip[brief ?? '']!);
      expect(text).toContain(account);
      expect(text).toMatch(/Since the last|No earlier visit/);
    }
    const ours = packs.find((n) => n.includes(accountName));
    expect(ours).toBeDefined();
    expect(pdfText(zip[ours ?? '']!)).toContain(escalationTitle);
    await trip.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await trip.getByRole('button', { name: 'Close' }).first().click();
    await page.getByRole('list', { name: 'Upcoming reviews' }).getByRole('button', { name: `QBR with ${accountName}`, exact: true }).click();
  });

  it('runs the meeting: two notes become commitments, a reload loses nothing, the follow-up is ready', async () => {
    await page.getByRole('button', { name: 'Start meeting' }).click();
    const meeting = page.getByRole('dialog', { name: `QBR with ${accountName}` });
    await meeting.waitFor();
    const firstNotes = meeting.getByRole('textbox', { name: /^Notes on / }).first();
    await firstNotes.click();
    await page.keyboard.type('Fix is in testing\nWe send the SSO rollout plan');
    await page.keyboard.press('Control+Enter');
    let ask = page.getByRole('dialog', { name: 'New commitment' });
    await expect.poll(() => ask.getByLabel('What was promised').inputValue()).toBe('We send the SSO rollout plan');
    await ask.getByRole('button', { name: 'Add commitment' }).click();
    const made = meeting.getByRole('list', { name: 'Commitments made in this meeting' });
    await made.getByText('We send the SSO rollout plan').waitFor();

    const general = meeting.getByRole('textbox', { name: 'General notes' });
    await general.click();
    await page.keyboard.type('They share the admin user list');
    await page.keyboard.press('Control+Enter');
    ask = page.getByRole('dialog', { name: 'New commitment' });
    await ask.getByLabel('Theirs').check();
    await ask.getByRole('button', { name: 'Add commitment' }).click();
    await made.getByText('They share the admin user list').waitFor();
    await meeting.getByRole('button', { name: '4', exact: true }).click();

    // A line becomes an expansion lead with Ctrl+Shift+Enter, evidence naming the review.
    await general.click();
    await page.keyboard.press('End');
    await page.keyboard.type('\nThey want analytics for the EU team');
    await page.keyboard.press('Control+Shift+Enter');
    const leadDialog = page.getByRole('dialog', { name: 'New expansion lead' });
    await expect.poll(() => leadDialog.getByLabel('Opportunity').inputValue()).toBe('They want analytics for the EU team');
    expect(await leadDialog.getByLabel('Evidence').inputValue()).toContain(`Raised in QBR with ${accountName}`);
    await leadDialog.getByLabel(/Estimated ARR/).fill('18000');
    await leadDialog.getByRole('button', { name: 'Flag lead' }).click();
    await leadDialog.waitFor({ state: 'detached' });

    // A note typed just before a reload survives it.
    await general.click();
    await page.keyboard.press('End');
    await page.keyboard.type('\nBudget owner changes in January');
    await page.reload();
    const again = page.getByRole('dialog', { name: `QBR with ${accountName}` });
    await expect.poll(() => again.getByRole('textbox', { name: 'General notes' }).inputValue()).toContain('Budget owner changes in January');
    await expect.poll(() => again.getByRole('textbox', { name: /^Notes on / }).first().inputValue()).toContain('We send the SSO rollout plan');
    await page.screenshot({ path: 'test-results/screenshots/meeting-mode.png' });

    await again.getByRole('button', { name: 'End meeting' }).click();
    const summary = page.getByLabel('Follow-up summary');
    await expect.poll(() => summary.textContent()).toContain('Who owes what by when');
    const followUp = (await summary.textContent()) ?? '';
    expect(followUp).toContain('We send the SSO rollout plan');
    expect(followUp).toContain('They share the admin user list');
    expect(followUp).toContain('Budget owner changes in January');
  });

  it('finds the commitments under the account and the review with its notes on the timeline', async () => {
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: accountName }).first().click();
    await page.getByRole('heading', { level: 1, name: accountName }).waitFor();
    await page.getByText('We send the SSO rollout plan').first().waitFor();
    await page.getByText('They share the admin user list').first().waitFor();
    const timeline = page.getByRole('list', { name: 'Timeline' });
    await page.getByRole('group', { name: 'Show on the timeline' }).getByRole('button', { name: 'Reviews' }).click();
    await timeline.getByText(`QBR with ${accountName}`).waitFor();
    expect(await timeline.textContent()).toContain('Budget owner changes in January');
    await page.getByRole('list', { name: 'Expansion leads of this account' }).getByText('They want analytics for the EU team').waitFor();
  });

  it('finds the lead flagged in the meeting on the Leads screen', async () => {
    await page.getByRole('button', { name: 'All leads' }).click();
    await page.getByRole('heading', { level: 1, name: 'Expansion leads' }).waitFor();
    const row = page.getByRole('table', { name: 'Expansion leads' }).getByRole('row').filter({ hasText: 'They want analytics for the EU team' });
    await row.waitFor();
    expect(await row.textContent()).toContain(accountName);
    expect(problems).toEqual([]);
  });
});
