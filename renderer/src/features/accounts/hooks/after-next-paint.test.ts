import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './after-next-paint';

describe('work that waits for the next paint', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.unstubAllGlobals(); vi.useRealTimers(); });

  function withFrames(): { paint: () => void } {
    let callbacks: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => { callbacks.push(cb); return callbacks.length; });
    vi.stubGlobal('cancelAnimationFrame', () => { callbacks = []; });
    return { paint: () => { const due = callbacks; callbacks = []; for (const cb of due) cb(0); } };
  }

  it('runs once the next frame is out (at the frame after it), in a task of its own, and only once', () => {
    const frames = withFrames();
    const run = vi.fn();
    const pending = afterNextPaint(run);
    vi.advanceTimersByTime(0);
    expect(run).not.toHaveBeenCalled();
    frames.paint();
    vi.advanceTimersByTime(0);
    expect(run).not.toHaveBeenCalled();
    frames.paint();
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
    pending.flush();
    vi.advanceTimersByTime(500);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs at once when flushed, and never when cancelled', () => {
    withFrames();
    const flushed = vi.fn();
    afterNextPaint(flushed).flush();
    expect(flushed).toHaveBeenCalledTimes(1);
    const cancelled = vi.fn();
    afterNextPaint(cancelled).cancel();
    vi.advanceTimersByTime(1_000);
    expect(cancelled).not.toHaveBeenCalled();
    expect(flushed).toHaveBeenCalledTimes(1);
  });

  it('still runs when no frame comes (a hidden window), or where frames do not exist', () => {
    withFrames();
    const hidden = vi.fn();
    afterNextPaint(hidden);
    vi.advanceTimersByTime(99);
    expect(hidden).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(hidden).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
    vi.stubGlobal('requestAnimationFrame', undefined);
    const frameless = vi.fn();
    afterNextPaint(frameless);
    vi.advanceTimersByTime(0);
    expect(frameless).toHaveBeenCalledTimes(1);
  });
});
