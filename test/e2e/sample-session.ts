import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { serveBuiltRenderer } from './web-server';

/** A served app in Chromium with the sample portfolio loaded, collecting page errors and console errors. */
export type SampleSession = { browser: Browser; page: Page; problems: string[]; close: () => Promise<void> };

/** Serves the built renderer, opens it in Chromium (in `timezoneId` when given) and loads the sample portfolio. */
export async function openWithSamplePortfolio(options: { timezoneId?: string } = {}): Promise<SampleSession> {
  const server = await serveBuiltRenderer();
  const browser = await launchChromium();
  const page = await (await browser.newContext({ viewport: { width: 1360, height: 860 }, timezoneId: options.timezoneId })).newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Load a sample portfolio' }).click();
  await page.getByRole('navigation', { name: 'Sections' }).waitFor({ timeout: 30_000 });
  return { browser, page, problems, close: async () => { await browser.close(); await server.close(); } };
}


/** Serves the built renderer, opens it in Chromium (1360×900) and starts with an empty portfolio. */
export async function openEmptyPortfolio(): Promise<SampleSession> {
  const server = await serveBuiltRenderer();
  const browser = await launchChromium();
  const page = await (await browser.newContext({ viewport: { width: 1360, height: 900 } })).newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Start empty' }).click();
  await page.getByRole('heading', { name: 'Your portfolio is empty' }).waitFor();
  return { browser, page, problems, close: async () => { await browser.close(); await server.close(); } };
}
