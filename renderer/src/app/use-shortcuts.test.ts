// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../../shared/bridge';
import { commandForKey, commandForSequence, sectionShortcutLabel, useShortcuts } from './use-shortcuts';

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

describe('G then a digit in web mode', () => {
  const press = (k: string, target: EventTarget = document.body) => target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));

  it('runs once a dialog that was still saving has closed, as after Resolve', async () => {
    const ran: MenuCommand[] = [];
    const { unmount } = renderHook(() => useShortcuts((c) => ran.push(c)));
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    const submit = document.createElement('button');
    dialog.append(submit);
    document.body.append(dialog);
    press('g', submit);
    press('3', submit);
    expect(ran).toEqual([]);
    dialog.remove();
    await vi.waitFor(() => expect(ran).toEqual(['go-commitments']));
    unmount();
  });

  it('never runs while a dialog stays open, nor from a text field', async () => {
    const ran: MenuCommand[] = [];
    const { unmount } = renderHook(() => useShortcuts((c) => ran.push(c)));
    const input = document.createElement('input');
    document.body.append(input);
    press('g', input);
    press('3', input);
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    document.body.append(dialog);
    press('g');
    press('2');
    await new Promise((r) => setTimeout(r, 1700));
    expect(ran).toEqual([]);
    dialog.remove();
    input.remove();
    press('g');
    press('2');
    expect(ran).toEqual(['go-accounts']);
    unmount();
  });
});
