import { useEffect, useRef, type RefObject } from 'react';
import type { Route } from '../lib/navigation';

/** Moves focus to the heading of the main region (waiting for the screen to render it, up to 2 s). */
export function focusMainHeading(main: HTMLElement | null): () => void {
  if (!main) return () => {};
  let stopped = false;
  const tryFocus = () => {
    // A dialog opened meanwhile keeps its focus.
    if (stopped || document.querySelector('[role="dialog"]')) return true;
    const heading = main.querySelector<HTMLElement>('h1');
    if (!heading) return false;
    heading.focus({ preventScroll: false });
    return true;
  };
  // Wait a tick so a closing dialog's focus return (Radix restores focus asynchronously) comes first.
  const timer = window.setTimeout(() => {
    if (tryFocus()) return;
    const observer = new MutationObserver(() => { if (tryFocus()) observer.disconnect(); });
    observer.observe(main, { childList: true, subtree: true });
    window.setTimeout(() => observer.disconnect(), 2000);
  }, 30);
  return () => { stopped = true; window.clearTimeout(timer); };
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
