import { useEffect, useRef, type RefObject } from 'react';
import type { Route } from '../lib/navigation';

/** How long a screen may take to show its heading (its code may still be loading) before focus stops waiting for it. */
export const headingWaitMs = 10_000;

/**
 * Moves focus to the heading of the main region, waiting for the screen to render it (a screen loaded
 * on demand shows its heading a moment later). Gives up once the user types or clicks meanwhile.
 */
export function focusMainHeading(main: HTMLElement | null): () => void {
  if (!main) return () => {};
  let stopped = false;
  let observer: MutationObserver | null = null;
  let giveUp = 0;
  // The user went on (typed, clicked into something): never pull focus away from them.
  const userActed = () => stop();
  const tryFocus = () => {
    // A dialog opened meanwhile keeps its focus.
    if (stopped || document.querySelector('[role="dialog"]')) return true;
    const heading = main.querySelector<HTMLElement>('h1');
    if (!heading) return false;
    heading.focus({ preventScroll: false });
    return true;
  };
  const stop = () => {
    stopped = true;
    window.clearTimeout(timer);
    window.clearTimeout(giveUp);
    observer?.disconnect();
    document.removeEventListener('keydown', userActed, true);
    document.removeEventListener('pointerdown', userActed, true);
  };
  // Wait a tick so a closing dialog's focus return (Radix restores focus asynchronously) comes first.
  const timer = window.setTimeout(() => {
    if (tryFocus()) return stop();
    document.addEventListener('keydown', userActed, true);
    document.addEventListener('pointerdown', userActed, true);
    observer = new MutationObserver(() => { if (tryFocus()) stop(); });
    observer.observe(main, { childList: true, subtree: true });
    giveUp = window.setTimeout(stop, headingWaitMs);
  }, 30);
  return stop;
}

/** After a change of screen, focus goes to the new screen's heading (not to the page body). */
export function useFocusHeadingOnNavigation(route: Route, main: RefObject<HTMLElement | null>): void {
  const first = useRef(true);
  useEffect(() => {
    // On start the page keeps its natural focus order (skip link first).
    if (first.current) { first.current = false; return; }
    return focusMainHeading(main.current);
  }, [route.section, route.recordId, main]);
}
