import { BrowserWindow, screen, shell } from 'electron';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { restoreWindowState, type WindowState } from './window-state';
import { hardenedWebPreferences, isAppUrl, isExternalLinkAllowed } from './security';

/** Creates the hardened main window at its remembered size and position, and remembers it on close. */
export function createMainWindow(options: { preloadPath: string; stateFile: string; url: string }): BrowserWindow {
  const state = restoreWindowState(readText(options.stateFile), screen.getAllDisplays().map((d) => d.workArea));
  const win = new BrowserWindow({
    ...stateBounds(state), minWidth: 900, minHeight: 600, show: false, title: 'Rapport', backgroundColor: '#f6f7f9',
    webPreferences: hardenedWebPreferences(options.preloadPath),
  });
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  // No navigation away from the app and no new windows; ordinary links open in the system browser.
  win.webContents.on('will-navigate', (event, url) => { if (!isAppUrl(url)) event.preventDefault(); });
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isExternalLinkAllowed(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.on('close', () => {
    const bounds = win.getNormalBounds();
    const saved: WindowState = { ...bounds, maximized: win.isMaximized() };
    try {
      writeFileSync(options.stateFile, JSON.stringify(saved));
    } catch {
      // Losing the window position is harmless; never block closing on it.
    }
  });
  void win.loadURL(options.url);
  return win;
}

function stateBounds(state: WindowState) {
  return state.x === undefined || state.y === undefined ? { width: state.width, height: state.height } : { x: state.x, y: state.y, width: state.width, height: state.height };
}

function readText(file: string): string | null {
  try {
    return readFileSync(path.resolve(file), 'utf8');
  } catch {
    return null;
  }
}
