import { lazy, useEffect, useState, type ComponentType, type LazyExoticComponent } from 'react';

/** How long a screen may take to arrive before "Loading…" is shown (a quick load shows nothing, so nothing flashes). */
export const loadingDelayMs = 150;

/**
 * A screen whose code is loaded on first use (its own chunk, out of the start-up bundle). Render it
 * inside <Suspense>. A failed load (e.g. a chunk the browser could not fetch) is thrown to the error
 * boundary, and the next render tries the load again instead of repeating the old failure.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const make = (): LazyExoticComponent<ComponentType<P>> => lazy(async () => {
    try {
      return { default: await load() };
    } catch (error) {
      current = make();
      throw error;
    }
  });
  let current = make();
  function LazyScreen(props: P) {
    const Current = current;
    return <Current {...props} />;
  }
  return LazyScreen;
}

/** The fallback while a screen's code loads: nothing for a moment, then a quiet "Loading…". */
export function ScreenLoading() {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setShown(true), loadingDelayMs);
    return () => window.clearTimeout(timer);
  }, []);
  return (
    <div className="page-body screen-loading" role="status" aria-live="polite">
      {shown ? <p className="muted">Loading…</p> : null}
    </div>
  );
}
