/** A piece of work waiting for the next paint: `flush` runs it now (once), `cancel` drops it. */
export type AfterPaint = { flush: () => void; cancel: () => void };

/** How long work waits at most when no frame comes (a hidden window paints no frames). */
const noFrameFallbackMs = 100;

/**
 * Runs `run` in a task of its own once the browser's next frame is out (the frame callback of the
 * frame after it, then a timer from there), so what a keystroke changes on screen (the typed
 * character) is painted, and its pixels produced, before the heavier work it starts (filtering and
 * re-rendering the list) competes for the processor. Runs at most once.
 */
export function afterNextPaint(run: () => void): AfterPaint {
  let state: 'waiting' | 'done' = 'waiting';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hasFrames = typeof requestAnimationFrame === 'function';
  let frame = hasFrames ? requestAnimationFrame(() => { frame = requestAnimationFrame(() => { timer = setTimeout(flush, 0); }); }) : 0;
  const fallback = setTimeout(flush, hasFrames ? noFrameFallbackMs : 0);
  function stop(): boolean {
    if (state === 'done') return false;
    state = 'done';
    if (hasFrames) cancelAnimationFrame(frame);
    clearTimeout(timer);
    clearTimeout(fallback);
    return true;
  }
  function flush(): void { if (stop()) run(); }
  return { flush, cancel: () => { stop(); } };
}
