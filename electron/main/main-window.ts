import { BrowserWindow, screen } from 'electron';
import { readFileSync, writeFileSync } from 'node:fs';
import { restoreWindowState, type WindowState } from './window-state';
import { hardenedWebPreferences } from './security';

/**
 * Creates the hardened main window at its remembered size and position, and remembers them on close.
 * Navigation, window.open and <webview> are guarded for every webContents in index.ts.
 */
export function createMainWindow(options: { preloadPath: string; stateFile: string; url: string }): BrowserWindow {
  const state = restoreWindowState(readText(options.stateFile), screen.getAllDisplays().map((d) => d.workArea));
  const { maximized, ...bounds } = state;
  const win = new BrowserWindow({
    ...bounds, minWidth: 900, minHeight: 600, show: false, title: 'Rapport', backgroundColor: '#f6f7f9',
    webPreferences: hardenedWebPreferences(options.preloadPath),
  });
  if (maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    const saved: WindowState = { ...win.getNormalBounds(), maximized: win.isMaximized() };
    try {
      writeFileSync(options.stateFile, JSON.stringify(saved));
    } catch {
      // Losing the window position is harmless; never block closing on it.
    }
  });
  void win.loadURL(options.url);
  return win;
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}
