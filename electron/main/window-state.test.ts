import { describe, expect, it } from 'vitest';
import { defaultWindowState, restoreWindowState } from './window-state';

const display = { x: 0, y: 0, width: 1920, height: 1080 };

describe('window state', () => {
  it('restores the last size and position', () => {
    const saved = { x: 100, y: 80, width: 1200, height: 800, maximized: true };
    expect(restoreWindowState(JSON.stringify(saved), [display])).toEqual(saved);
  });
  it('drops a position that is off every display', () => {
    expect(restoreWindowState(JSON.stringify({ x: 3000, y: 80, width: 1200, height: 800, maximized: false }), [display])).toEqual({ width: 1200, height: 800, maximized: false });
  });
  it('keeps a position on a second display left of the primary one', () => {
    const saved = { x: -1500, y: 100, width: 1200, height: 800, maximized: false };
    expect(restoreWindowState(JSON.stringify(saved), [display, { x: -1920, y: 0, width: 1920, height: 1080 }])).toEqual(saved);
    expect(restoreWindowState(JSON.stringify(saved), [display])).toEqual({ width: 1200, height: 800, maximized: false });
  });
  it('falls back to the default for a missing or damaged file', () => {
    expect(restoreWindowState(null, [display])).toEqual(defaultWindowState);
    expect(restoreWindowState('{not json', [display])).toEqual(defaultWindowState);
    expect(restoreWindowState(JSON.stringify({ width: 10, height: 10, maximized: false }), [display])).toEqual(defaultWindowState);
  });
});
