// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { focusMainHeading } from './use-focus-heading';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function setUp(): { main: HTMLElement; nav: HTMLButtonElement } {
  document.body.innerHTML = '<button id="nav">Reports</button><main id="main"><p>Loading…</p></main>';
  const nav = document.getElementById('nav') as HTMLButtonElement;
  nav.focus();
  return { main: document.getElementById('main') as HTMLElement, nav };
}

/** The screen's code arrived: its heading replaces the loading state. */
function showHeading(main: HTMLElement): HTMLElement {
  main.innerHTML = '<h1 tabindex="-1">Reports</h1>';
  return main.querySelector('h1') as HTMLElement;
}

afterEach(() => { document.body.innerHTML = ''; });

describe('focus after a change of screen', () => {
  it('lands on the heading of a screen that appears a moment later (its code was loading)', async () => {
    const { main } = setUp();
    focusMainHeading(main);
    await wait(300);
    const heading = showHeading(main);
    await wait(20);
    expect(document.activeElement).toBe(heading);
  });

  it('leaves focus where the user put it when they typed while the screen was loading', async () => {
    const { main, nav } = setUp();
    focusMainHeading(main);
    await wait(60);
    nav.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    showHeading(main);
    await wait(20);
    expect(document.activeElement).toBe(nav);
  });

  it('stops waiting when the screen changes again', async () => {
    const { main, nav } = setUp();
    const stop = focusMainHeading(main);
    await wait(60);
    stop();
    showHeading(main);
    await wait(20);
    expect(document.activeElement).toBe(nav);
  });
});
