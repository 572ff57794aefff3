// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { commandForKey } from './use-shortcuts';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) =>
  ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('keyboard shortcuts', () => {
  it('maps Ctrl/Cmd+K, Ctrl/Cmd+1…9 and Ctrl/Cmd+Shift+L', () => {
    expect(commandForKey(key('k', { ctrlKey: true }))).toBe('command-palette');
    expect(commandForKey(key('k', { metaKey: true }))).toBe('command-palette');
    expect(commandForKey(key('1', { ctrlKey: true }))).toBe('go-today');
    expect(commandForKey(key('9', { metaKey: true }))).toBe('go-settings');
    expect(commandForKey(key('L', { ctrlKey: true, shiftKey: true }))).toBe('toggle-theme');
  });
  it('ignores plain typing and other combinations', () => {
    expect(commandForKey(key('k'))).toBeNull();
    expect(commandForKey(key('1'))).toBeNull();
    expect(commandForKey(key('0', { ctrlKey: true }))).toBeNull();
    expect(commandForKey(key('k', { ctrlKey: true, altKey: true }))).toBeNull();
  });
});
