import { useEffect, useRef } from 'react';
import type { HostKind, MenuCommand } from '../../../shared/bridge';
import { bridge } from '../lib/bridge';
import { sectionIds } from '../lib/navigation';

type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

const mac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
const modKey = mac ? '⌘' : 'Ctrl+';

function sectionCommand(digitKey: string): MenuCommand | null {
  const digit = Number(digitKey);
  return Number.isInteger(digit) && digit >= 1 && digit <= sectionIds.length ? (`go-${sectionIds[digit - 1]}` as MenuCommand) : null;
}

/**
 * The menu command a key press means, or null: Ctrl/Cmd+K, Ctrl/Cmd+Shift+L, and in the desktop app
 * Ctrl/Cmd+1…9. In a browser Ctrl+1…8 switch tabs, so web mode uses the sequence G then 1…9 instead.
 */
export function commandForKey(e: KeyPress, host: HostKind = 'electron'): MenuCommand | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'k' && !e.shiftKey) return 'command-palette';
  if (key === 'l' && e.shiftKey) return 'toggle-theme';
  if (host === 'electron' && !e.shiftKey) return sectionCommand(e.key);
  return null;
}

/** The section a two-key sequence (G, then a digit) jumps to in web mode, or null. */
export function commandForSequence(first: string, second: KeyPress): MenuCommand | null {
  if (first.toLowerCase() !== 'g' || second.ctrlKey || second.metaKey || second.altKey) return null;
  return sectionCommand(second.key);
}

/** How the shortcut to the section at `index` (0-based) reads on this host. */
export function sectionShortcutLabel(index: number, host: HostKind = bridge.host): string {
  return host === 'electron' ? `${modKey}${index + 1}` : `G ${index + 1}`;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/** Runs menu commands from the native menu (Electron) and from the keyboard (web mode). */
export function useShortcuts(run: (command: MenuCommand) => void): void {
  // The latest `run` in a ref, so the listener (and a pending G of a G-then-digit sequence) survives
  // re-renders between the two key presses; re-subscribing on every render used to drop the G.
  const runRef = useRef(run);
  useEffect(() => { runRef.current = run; }, [run]);
  useEffect(() => {
    const run = (command: MenuCommand) => runRef.current(command);
    let pending: { key: string; at: number } | null = null;
    const onKey = (e: KeyboardEvent) => {
      // In Electron the native menu owns these accelerators; handling them here too would toggle twice.
      if (bridge.host === 'electron') return;
      const command = commandForKey(e, 'web');
      if (command) { e.preventDefault(); run(command); return; }
      if (isTyping(e.target) || document.querySelector('[role="dialog"]')) { pending = null; return; }
      const sequence = pending && e.timeStamp - pending.at < 1500 ? commandForSequence(pending.key, e) : null;
      pending = null;
      if (sequence) { e.preventDefault(); run(sequence); return; }
      if (e.key.toLowerCase() === 'g' && !e.ctrlKey && !e.metaKey && !e.altKey) pending = { key: 'g', at: e.timeStamp };
    };
    window.addEventListener('keydown', onKey);
    const unsubscribe = bridge.onMenuCommand(run);
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe();
    };
  }, []);
}
