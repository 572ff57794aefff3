import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWithSamplePortfolio, type SampleSession } from './sample-session';

let session: SampleSession;

beforeAll(async () => {
  session = await openWithSamplePortfolio();
});

afterAll(async () => {
  await session?.close();
});

describe('web mode offline', () => {
  it('opens and works after a reload with the network off, once it was loaded online', async () => {
    const { page } = session;
    // The service worker precaches the build on the first visit; wait until it controls the page.
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
    await page.reload();
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 20_000 }).toBe(true);

    await page.context().setOffline(true);
    await page.reload();
    await page.getByRole('navigation', { name: 'Sections' }).waitFor();
    await expect.poll(() => page.getByRole('region', { name: 'Portfolio at a glance' }).textContent()).toContain('60');

    // And it works: the sample accounts are there and a touch can be logged with no network.
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Accounts' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Accounts' }).getAttribute('aria-rowcount')).toBe('61');
    await page.getByRole('table', { name: 'Accounts' }).getByRole('row').nth(1).click();
    await page.getByRole('button', { name: 'Log a touch' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Log a touch' });
    await dialog.getByLabel('Summary').fill('Called while offline about the renewal');
    await dialog.getByRole('button', { name: /log/i }).last().click();
    await page.getByRole('list', { name: 'Timeline' }).getByText('Called while offline about the renewal').waitFor();
    await page.context().setOffline(false);
  });

  it('offers the web app for installing (a manifest with a name and icons)', async () => {
    const { page } = session;
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
      return link ? ((await (await fetch(link.href)).json()) as { name: string; icons: unknown[]; display: string }) : null;
    });
    expect(manifest).toMatchObject({ name: 'Rapport', display: 'standalone' });
    expect(manifest?.icons.length).toBeGreaterThan(0);
  });
});
