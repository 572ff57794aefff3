import type { Page } from 'playwright-core';

/** Jumps to the n-th sidebar section the web-mode way (G, then the digit), from wherever focus is. */
export async function goToSection(page: Page, n: number): Promise<void> {
  await page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined));
  await page.keyboard.press('g');
  await page.keyboard.press(String(n));
}
