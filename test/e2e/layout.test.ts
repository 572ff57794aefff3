import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWithSamplePortfolio, type SampleSession } from './sample-session';
import { screens } from './screens';

const sizes = [{ width: 1024, height: 700 }, { width: 1440, height: 900 }, { width: 1920, height: 1080 }];

let session: SampleSession;
let page: Page;

beforeAll(async () => {
  session = await openWithSamplePortfolio();
  page = session.page;
});

afterAll(async () => {
  await session?.close();
});

/** Cards, the main region and the accounts list whose content is wider than they are (the list scrolling sideways). */
function overflowing(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.getAttribute('aria-label') ? `[${el.getAttribute('aria-label')}]` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const boxes = [...document.querySelectorAll('.card, .main, .dialog, .stat, .vtable')];
    return boxes.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => `${describe(el)}: ${el.scrollWidth} px of content in ${el.clientWidth} px`);
  });
}

describe.each(sizes)('layout at $width×$height', (size) => {
  it('no card, and no screen, is wider inside than outside', async () => {
    await page.setViewportSize(size);
    const found: string[] = [];
    for (const screen of screens) {
      await screen.open(page);
      found.push(...(await overflowing(page)).map((o) => `${screen.name}: ${o}`));
    }
    expect(found).toEqual([]);
  });
});

it('number cards stretch across a wide window (no empty column at the end)', async () => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const todayScreen = screens.find((s) => s.name === 'today');
  await todayScreen?.open(page);
  const gap = await page.getByRole('region', { name: 'Portfolio at a glance' }).evaluate((grid) => {
    const last = grid.lastElementChild?.getBoundingClientRect();
    return last ? grid.getBoundingClientRect().right - last.right : Infinity;
  });
  expect(gap).toBeLessThan(2);
});
