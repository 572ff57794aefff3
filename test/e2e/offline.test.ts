import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWithSamplePortfolio, type SampleSession } from './sample-session';
import { screens } from './screens';

const built = fileURLToPath(new URL('../../out/web/', import.meta.url));

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

  it('opens every screen for the first time with the network off (their code is precached, not only the start-up bundle)', async () => {
    const { page } = session;
    await page.context().setOffline(true);
    try {
      // A reload with no network: nothing but the start-up code is in memory, every other screen's code must come from the cache.
      await page.reload();
      await page.getByRole('navigation', { name: 'Sections' }).waitFor();
      for (const screen of screens) await screen.open(page);
      for (const [button, heading] of [['Recovery', 'Recovery'], ['Team', 'Team'], ['Leads', 'Expansion leads']]) {
        await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: button }).click();
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      }
      await expect(page.getByText('This screen hit a problem').count()).resolves.toBe(0);
    } finally {
      await page.context().setOffline(false);
    }
  });

  it('precaches every file of the build, so screens loaded on demand work offline', () => {
    const serviceWorker = readFileSync(`${built}sw.js`, 'utf8');
    const assets = readdirSync(`${built}assets`).filter((f) => /\.(js|css)$/.test(f));
    expect(assets.filter((f) => f.endsWith('.js')).length).toBeGreaterThan(5);
    expect(assets.filter((f) => !serviceWorker.includes(`"assets/${f}"`))).toEqual([]);
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
