import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goToSection } from './keys';
import { openWithSamplePortfolio, type SampleSession } from './sample-session';

let session: SampleSession;
let page: Page;

beforeAll(async () => {
  session = await openWithSamplePortfolio();
  page = session.page;
});

afterAll(async () => {
  await session?.close();
});

/** The accessible-ish name of the focused element: aria-label, its label, or its text. */
function focusedName(p: Page): Promise<string> {
  return p.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const labelled = (el as HTMLInputElement).labels?.[0]?.textContent;
    return (el.getAttribute('aria-label') ?? labelled ?? el.textContent ?? '').trim();
  });
}

/** Presses Tab (or Shift+Tab) until the focused element is named `name`; fails after 80 presses. */
async function tabTo(p: Page, name: string | RegExp, backwards = false): Promise<void> {
  for (let i = 0; i < 80; i++) {
    const current = await focusedName(p);
    if (typeof name === 'string' ? current === name : name.test(current)) return;
    await p.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached "${String(name)}" (last: "${await focusedName(p)}")`);
}

const inDialog = (p: Page, name: string) => p.evaluate((n) => Boolean(document.activeElement?.closest(`[role="dialog"][aria-labelledby]`)) && document.querySelector('[role="dialog"] h2')?.textContent === n, name);

describe('the main flows from the keyboard alone', () => {
  it('palette → account → log a touch → add a commitment → open an escalation → settings', async () => {
    await goToSection(page, 2);
    const accountName = ((await page.getByRole('table', { name: 'Accounts' }).getByRole('row').nth(1).getByRole('cell').first().textContent()) ?? '').trim();
    await goToSection(page, 1);
    await page.getByRole('region', { name: 'Portfolio at a glance' }).waitFor();

    // Ctrl+K finds the account; Enter opens it and focus lands on its heading.
    await page.keyboard.press('Control+k');
    await page.keyboard.type(accountName);
    await page.getByRole('option', { name: new RegExp(accountName), selected: true }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: accountName }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    // Log a touch: the dialog takes focus, Enter in the summary saves it, focus comes back to the button.
    await tabTo(page, 'Log a touch');
    await page.keyboard.press('Enter');
    await expect.poll(() => inDialog(page, 'Log a touch')).toBe(true);
    await tabTo(page, 'Summary');
    await page.keyboard.type('Walked through the renewal by phone');
    await page.keyboard.press('Enter');
    await page.getByRole('list', { name: 'Timeline' }).getByText('Walked through the renewal by phone').waitFor();
    await expect.poll(() => focusedName(page)).toBe('Log a touch');

    // A commitment, typed in one line with its date.
    await tabTo(page, 'What was promised, and by when');
    await page.keyboard.type('Send the SSO roadmap in 3 days');
    await page.keyboard.press('Enter');
    await page.getByRole('table', { name: 'We owe' }).getByText('Send the SSO roadmap').waitFor();

    // An escalation on this account, from the header button.
    await tabTo(page, 'Open escalation', true);
    await page.keyboard.press('Enter');
    await expect.poll(() => inDialog(page, 'Open escalation')).toBe(true);
    await tabTo(page, 'Title');
    await page.keyboard.type('Renewal blocked by the SSO outage');
    await tabTo(page, 'Engineering');
    await page.keyboard.press('Space');
    await tabTo(page, 'Open escalation');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Renewal blocked by the SSO outage' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Renewal blocked by the SSO outage');

    // Edit what was entered: the severity goes up, and the timeline says so.
    await tabTo(page, 'Edit…');
    await page.keyboard.press('Enter');
    await expect.poll(() => inDialog(page, 'Edit escalation')).toBe(true);
    await tabTo(page, 'Severity');
    await page.getByRole('dialog').getByLabel('Severity').selectOption('S1');
    await tabTo(page, 'Save changes');
    await page.keyboard.press('Enter');
    await page.getByRole('list', { name: 'Escalation timeline' }).getByText('Severity: S2 → S1').waitFor();

    // Resolve it, then take that back with Ctrl+Z.
    await tabTo(page, 'Resolve…', true);
    await page.keyboard.press('Enter');
    await expect.poll(() => inDialog(page, 'Resolve escalation')).toBe(true);
    await page.keyboard.type('Restarted the identity provider');
    await tabTo(page, /^Resolve$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByLabel('Status', { exact: true }).inputValue()).toBe('resolved');
    await page.getByRole('status').getByText('Resolved "Renewal blocked by the SSO outage"').waitFor();
    await page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined));
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByLabel('Status', { exact: true }).inputValue()).toBe('open');

    // Settings, with focus on its heading (G then 9 in web mode).
    await goToSection(page, 9);
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Settings');
    expect(session.problems).toEqual([]);
  });

  it('offers a skip link first, which takes focus to the screen heading', async () => {
    await page.reload();
    await page.getByRole('navigation', { name: 'Sections' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  });
});
