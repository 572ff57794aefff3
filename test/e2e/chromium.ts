import { existsSync } from 'node:fs';
import { chromium as playwright, type Browser } from 'playwright-core';

/** Where to find a Chromium: $CHROMIUM_PATH, Debian's /usr/bin/chromium, or one Playwright installed. */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', safeExecutablePath()];
  const found = candidates.find((p): p is string => typeof p === 'string' && p !== '' && existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found for the end-to-end tests. Install one: on Debian/Ubuntu `sudo apt-get install -y chromium`, ' +
        'or set CHROMIUM_PATH to a Chrome/Chromium binary, or run `npx playwright install chromium` where downloads are allowed.',
    );
  }
  return found;
}

function safeExecutablePath(): string | undefined {
  try {
    return playwright.executablePath();
  } catch {
    return undefined;
  }
}

/** Launches headless Chromium with the flags our sandboxed build machines need. */
export function launchChromium(): Promise<Browser> {
  return playwright.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
    headless: true,
  });
}
