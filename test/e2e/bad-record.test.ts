import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium';
import { serveBuiltRenderer } from './web-server';

// A team server (faked at the network level) that once accepted an incomplete account — the
// situation PROTOCOL 1.1 "Complete creates" now prevents — and sends it to a teammate's device.
const serverUrl = 'http://127.0.0.1:9';
const hlc = '2026-11-28T09:00:00.000Z-0000-0123456789abcdef';
const field = (value: unknown, version: number) => ({ value, version, hlc });
const changes = [
  { entity: 'accounts', id: 'incomplete-1', space: 'team', fields: { tags: field(['vip'], 1) } },
  { entity: 'accounts', id: 'incomplete-2', space: 'team', fields: { industry: field('Retail', 2) } },
  { entity: 'accounts', id: 'complete-1', space: 'team', fields: { name: field('Acme Robotics', 3), tags: field(['vip'], 4) } },
];
const user = { id: 'u1', email: 'ana@team.example', name: 'Ana', teamId: 't1', role: 'admin' };

async function fakeServer(route: Route): Promise<void> {
  const url = new URL(route.request().url());
  const json = (status: number, body: unknown) => route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(body) });
  if (url.pathname === '/v1/auth/login') return json(200, { token: 'token-1', user });
  if (url.pathname === '/v1/sync/pull') return json(200, { changes, cursor: 'c1', more: false, lastMutationId: 0 });
  if (url.pathname === '/v1/sync/push') {
    const body = route.request().postDataJSON() as { mutations: { mutationId: number }[] };
    const last = body.mutations.at(-1)?.mutationId ?? 0;
    return json(200, { lastMutationId: last, serverTime: new Date().toISOString(), results: body.mutations.map((m) => ({ mutationId: m.mutationId, status: 'applied', version: 10 + m.mutationId })) });
  }
  return json(404, { error: { code: 'not_found', message: 'Not here' } });
}

let browser: Browser;
let web: { url: string; close: () => Promise<void> };
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  web = await serveBuiltRenderer();
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1360, height: 860 } })).newPage();
  page.on('pageerror', (e) => problems.push(e.message));
  await page.route(`${serverUrl}/**`, fakeServer);
}, 120_000);

const nav = (name: string) => page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name, exact: true });

afterAll(async () => {
  await browser?.close();
  await web?.close();
});

describe('a teammate\u2019s incomplete record', () => {
  it('is set aside: Today and Accounts still open, after a reload too, and Settings says what was set aside', async () => {
    await page.goto(web.url);
    await page.getByRole('button', { name: 'Start empty' }).click();
    await nav('Settings').click();
    const form = page.getByRole('form', { name: 'Sign in to a team server' });
    await form.getByLabel('Server address').fill(serverUrl);
    await form.getByLabel('Email').fill(user.email);
    await form.getByLabel('Password').fill('correct horse battery');
    await form.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('table', { name: 'Records set aside' }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('table', { name: 'Records set aside' }).getByText('it has no name').count()).toBe(2);

    for (let round = 0; round < 2; round += 1) {
      await nav('Accounts').click();
      await page.getByRole('heading', { level: 1, name: 'Accounts' }).waitFor();
      await page.getByText('Acme Robotics').first().waitFor();
      await nav('Today').click();
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.reload();
    }
    expect(problems).toEqual([]);
  }, 180_000);
});
