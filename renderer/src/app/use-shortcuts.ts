import { useEffect } from 'react';
import type { MenuCommand } from '../../../shared/bridge';
import { bridge } from '../lib/bridge';
import { sectionIds } from '../lib/navigation';

/** The menu command a key press means (Ctrl/Cmd+K, Ctrl/Cmd+1…9, Ctrl/Cmd+Shift+L), or null. */
export function commandForKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): MenuCommand | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'k' && !e.shiftKey) return 'command-palette';
  if (key === 'l' && e.shiftKey) return 'toggle-theme';
  const digit = Number(e.key);
  if (!e.shiftKey && Number.isInteger(digit) && digit >= 1 && digit <= sectionIds.length) return `go-${sectionIds[digit - 1]}` as MenuCommand;
  return null;
}

/** Runs menu commands from the native menu (Electron) and from the keyboard (both hosts). */
export function useShortcuts(run: (command: MenuCommand) => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // In Electron the native menu owns these accelerators; handling them here too would toggle twice.
      if (bridge.host === 'electron') return;
      const command = commandForKey(e);
      if (!command) return;
      e.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKey);
    const unsubscribe = bridge.onMenuCommand(run);
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe();
    };
  }, [run]);
}
