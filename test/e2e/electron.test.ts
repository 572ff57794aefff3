import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The Electron runtime binary, if this machine has one (it is downloaded lazily, from GitHub releases). */
function electronBinary(): string | null {
  try {
    const require = createRequire(import.meta.url);
    const dir = path.dirname(require.resolve('electron/package.json'));
    const pathFile = path.join(dir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const binary = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const root = path.resolve(import.meta.dirname, '../..');
const built = existsSync(path.join(root, 'out/main/index.js')) && existsSync(path.join(root, 'out/preload/index.cjs'));
const reason = !binary
  ? 'the Electron runtime binary is absent here (it downloads from GitHub releases on first `npm start`, which this machine cannot reach)'
  : 'the desktop build is missing: run `npm run build` first';

describe.skipIf(!binary || !built)(`the desktop app in Electron — skipped: ${reason}`, () => {
  it('opens the hardened window with the Rapport shell', async () => {
    const { _electron } = await import('playwright-core');
    const app = await _electron.launch({ executablePath: binary ?? '', args: [root], env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' } });
    try {
      const page = await app.firstWindow();
      expect(page.url()).toMatch(/^app:\/\/rapport\//);
      await page.getByRole('button', { name: /Load a sample portfolio|Start empty/ }).first().waitFor();
      const exposed = await page.evaluate(() => {
        const w = window as unknown as { rapport?: { host?: string }; require?: unknown };
        return { bridge: typeof w.rapport, host: w.rapport?.host, node: typeof w.require };
      });
      expect(exposed).toEqual({ bridge: 'object', host: 'electron', node: 'undefined' });
    } finally {
      await app.close();
    }
  });
});
