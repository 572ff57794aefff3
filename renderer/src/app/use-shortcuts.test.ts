// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { commandForKey, commandForSequence, sectionShortcutLabel } from './use-shortcuts';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) =>
  ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('keyboard shortcuts', () => {
  it('maps Ctrl/Cmd+K, Ctrl/Cmd+1…9 and Ctrl/Cmd+Shift+L in the desktop app', () => {
    expect(commandForKey(key('k', { ctrlKey: true }))).toBe('command-palette');
    expect(commandForKey(key('k', { metaKey: true }))).toBe('command-palette');
    expect(commandForKey(key('1', { ctrlKey: true }))).toBe('go-today');
    expect(commandForKey(key('9', { metaKey: true }))).toBe('go-settings');
    expect(commandForKey(key('L', { ctrlKey: true, shiftKey: true }))).toBe('toggle-theme');
  });

  it('ignores plain keys and unknown combinations', () => {
    expect(commandForKey(key('k'))).toBeNull();
    expect(commandForKey(key('1'))).toBeNull();
    expect(commandForKey(key('0', { ctrlKey: true }))).toBeNull();
    expect(commandForKey(key('k', { ctrlKey: true, altKey: true }))).toBeNull();
  });

  it('leaves Ctrl+1…9 to the browser in web mode and jumps with G then a digit instead', () => {
    expect(commandForKey(key('2', { ctrlKey: true }), 'web')).toBeNull();
    expect(commandForKey(key('k', { ctrlKey: true }), 'web')).toBe('command-palette');
    expect(commandForSequence('g', key('2'))).toBe('go-accounts');
    expect(commandForSequence('G', key('9'))).toBe('go-settings');
    expect(commandForSequence('g', key('0'))).toBeNull();
    expect(commandForSequence('g', key('2', { ctrlKey: true }))).toBeNull();
    expect(commandForSequence('h', key('2'))).toBeNull();
  });

  it('labels the section shortcuts as each host reads them', () => {
    expect(sectionShortcutLabel(1, 'web')).toBe('G 2');
    expect(sectionShortcutLabel(1, 'electron')).toMatch(/^(Ctrl\+|⌘)2$/);
  });
});
