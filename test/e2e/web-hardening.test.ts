import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium';
import { serveBuiltRenderer } from './web-server';

const webRoot = fileURLToPath(new URL('../../out/web', import.meta.url));
const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

/** A tiny http server answering `handle`, on 127.0.0.1 at a free port (another origin than the app's). */
async function listen(handle: (url: string) => { type: string; body: string | Buffer } | null): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const answer = handle(req.url ?? '/');
    if (!answer) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': answer.type }).end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

let browser: Browser;
let app: { url: string; close: () => Promise<void> };
const servers: Server[] = [];

beforeAll(async () => {
  app = await serveBuiltRenderer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  for (const s of servers) s.close();
});

async function framedBy(appUrl: string): Promise<Page> {
  const framer = await listen(() => ({ type: 'text/html', body: `<!doctype html><h1>Win a prize</h1><iframe src="${appUrl}" width="1000" height="700"></iframe>` }));
  servers.push(framer.server);
  const page = await browser.newPage();
  await page.goto(framer.url);
  return page;
}

describe('the web build', () => {
  it('ships no source maps', () => {
    const files = filesUnder(webRoot);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    const scripts = files.filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((f) => readFileSync(f, 'utf8').includes('sourceMappingURL'))).toEqual([]);
  });

  it('is served with headers that forbid framing it', async () => {
    const response = await fetch(app.url);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('does not show in another site\u2019s frame', async () => {
    const page = await framedBy(app.url);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    if (!frame) throw new Error('no frame');
    // Chromium replaces a refused frame with its error page instead of loading the app.
    await expect.poll(() => frame.url(), { timeout: 20_000 }).toMatch(/^chrome-error:/);
    expect(await frame.locator('nav[aria-label="Sections"], .welcome').count()).toBe(0);
    await page.close();
  });

  it('refuses to run when a host without those headers frames it', async () => {
    const bare = await listen((url) => {
      const file = path.join(webRoot, url === '/' ? 'index.html' : decodeURIComponent(url.split('?')[0] ?? ''));
      if (!file.startsWith(webRoot)) return null;
      try { return { type: types[path.extname(file)] ?? 'application/octet-stream', body: readFileSync(file) }; } catch { return null; }
    });
    servers.push(bare.server);
    const page = await framedBy(bare.url);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    if (!frame) throw new Error('no frame');
    await expect.poll(() => frame.getByRole('alert').textContent(), { timeout: 20_000 }).toContain('Rapport cannot run inside another page');
    expect(await frame.getByRole('button', { name: 'Start empty' }).count()).toBe(0);
    await page.close();
  });
});
