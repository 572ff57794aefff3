import type { Page } from 'playwright-core';

/** A screen of the app and how to reach it from anywhere (hash routes; records picked from the lists). */
export type ScreenVisit = { name: string; open: (page: Page) => Promise<void> };

async function goHash(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => { window.location.hash = h; }, hash);
}

async function heading(page: Page, name?: string): Promise<void> {
  await page.getByRole('heading', { level: 1, ...(name ? { name } : {}) }).first().waitFor();
}

/** Every screen of the app, in sidebar order, plus the account, escalation and import screens. */
export const screens: ScreenVisit[] = [
  { name: 'today', open: async (p) => { await goHash(p, '#/today'); await p.getByRole('region', { name: 'Portfolio at a glance' }).waitFor(); } },
  { name: 'accounts', open: async (p) => { await goHash(p, '#/accounts'); await p.getByRole('table', { name: 'Accounts' }).waitFor(); } },
  {
    name: 'account',
    open: async (p) => {
      await goHash(p, '#/accounts');
      await p.getByRole('table', { name: 'Accounts' }).getByRole('row').nth(1).click();
      await p.getByRole('region', { name: 'Key facts' }).waitFor();
    },
  },
  { name: 'commitments', open: async (p) => { await goHash(p, '#/commitments'); await heading(p, 'Commitments'); } },
  { name: 'escalations', open: async (p) => { await goHash(p, '#/escalations'); await p.getByRole('table', { name: 'Escalations' }).waitFor(); } },
  {
    name: 'escalation',
    open: async (p) => {
      await goHash(p, '#/escalations');
      await p.getByRole('table', { name: 'Escalations' }).getByRole('row').nth(1).click();
      await p.getByRole('list', { name: 'Escalation timeline' }).waitFor();
    },
  },
  { name: 'reviews', open: async (p) => { await goHash(p, '#/reviews'); await heading(p, 'Reviews'); } },
  { name: 'surveys', open: async (p) => { await goHash(p, '#/surveys'); await p.getByRole('table', { name: 'Survey responses' }).waitFor(); } },
  { name: 'reports', open: async (p) => { await goHash(p, '#/reports'); await p.getByRole('table', { name: 'Retention figures' }).waitFor(); } },
  { name: 'import', open: async (p) => { await goHash(p, '#/import'); await heading(p); } },
  { name: 'settings', open: async (p) => { await goHash(p, '#/settings'); await heading(p, 'Settings'); } },
];
