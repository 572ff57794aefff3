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

const sequenceWindowMs = 1500;
const dialogOpen = () => document.querySelector('[role="dialog"]') !== null;

/**
 * Runs menu commands from the native menu (Electron) and from the keyboard (web mode).
 * G then a digit typed while a dialog is still saving (its submit button focused, the write not yet
 * finished) is kept and runs once the dialog has closed, within the sequence's window; a dialog that
 * stays open keeps it from running, so an open form is never navigated away from.
 */
export function useShortcuts(run: (command: MenuCommand) => void): void {
  // The latest `run` in a ref, so the listener (and a pending G of a G-then-digit sequence) survives
  // re-renders between the two key presses; re-subscribing on every render used to drop the G.
  const runRef = useRef(run);
  useEffect(() => { runRef.current = run; }, [run]);
  useEffect(() => {
    const run = (command: MenuCommand) => runRef.current(command);
    let pending: { key: string; at: number } | null = null;
    let waiting: ReturnType<typeof setTimeout> | undefined;
    const runWhenNoDialog = (command: MenuCommand, deadline: number) => {
      clearTimeout(waiting);
      if (!dialogOpen()) { run(command); return; }
      if (Date.now() < deadline) waiting = setTimeout(() => runWhenNoDialog(command, deadline), 50);
    };
    const onKey = (e: KeyboardEvent) => {
      // In Electron the native menu owns these accelerators; handling them here too would toggle twice.
      if (bridge.host === 'electron') return;
      const command = commandForKey(e, 'web');
      if (command) { e.preventDefault(); run(command); return; }
      clearTimeout(waiting);
      if (isTyping(e.target)) { pending = null; return; }
      const sequence = pending && e.timeStamp - pending.at < sequenceWindowMs ? commandForSequence(pending.key, e) : null;
      pending = null;
      if (sequence) { e.preventDefault(); runWhenNoDialog(sequence, Date.now() + sequenceWindowMs); return; }
      if (e.key.toLowerCase() === 'g' && !e.ctrlKey && !e.metaKey && !e.altKey) pending = { key: 'g', at: e.timeStamp };
    };
    window.addEventListener('keydown', onKey);
    const unsubscribe = bridge.onMenuCommand(run);
    return () => {
      clearTimeout(waiting);
      window.removeEventListener('keydown', onKey);
      unsubscribe();
    };
  }, []);
}
