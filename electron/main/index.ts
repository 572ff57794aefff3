import { app, BrowserWindow, dialog, ipcMain, Menu, Notification, protocol, session, shell, type WebContents } from 'electron';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ipcChannels } from '../../shared/ipc';
import { appScheme, appSchemePrivileges, createAppProtocolHandler } from './app-protocol';
import { hardenSession, hardenWebContents } from './hardening';
import { createIpcHandlers } from './ipc-handlers';
import { createMainWindow } from './main-window';
import { buildMenuTemplate } from './menu';
import { rendererTarget } from './renderer-target';
import { contentSecurityPolicy } from './security';

// Lifecycle only; every decision lives in the modules imported above.
protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: appSchemePrivileges }]);

const target = rendererTarget({ isPackaged: app.isPackaged, devServerUrl: process.env.ELECTRON_RENDERER_URL });
let mainWindow: BrowserWindow | null = null;

function openWindow(): void {
  mainWindow = createMainWindow({
    preloadPath: path.join(import.meta.dirname, '../preload/index.cjs'),
    stateFile: path.join(app.getPath('userData'), 'window-state.json'),
    url: target.url,
  });
  mainWindow.on('closed', () => { mainWindow = null; });
}

function start(): void {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, target.origin, (url) => void shell.openExternal(url));
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(() => {
    protocol.handle(appScheme, createAppProtocolHandler(path.join(import.meta.dirname, '../renderer'), contentSecurityPolicy()));
    hardenSession(session.defaultSession, target.origin);
    const handlers = createIpcHandlers<WebContents>({
      showSaveDialog: (options) => (mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options)),
      writeFile: (file, data) => writeFile(file, data),
      printToPdf: (sender) => sender.printToPDF({ printBackground: true, pageSize: 'A4' }),
      showNotification: (title, body) => { if (Notification.isSupported()) new Notification({ title, body }).show(); },
    }, target.origin);
    for (const handler of handlers) ipcMain.handle(handler.channel, (event, arg: unknown) => handler.handle(event, arg));
    const send = (command: string) => mainWindow?.webContents.send(ipcChannels.menuCommand, command);
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(send, { platform: process.platform, devTools: !app.isPackaged })));
    openWindow();
    app.on('activate', () => { if (BrowserWindow.getAllWindows().length === 0) openWindow(); });
  });
}

if (app.requestSingleInstanceLock()) start();
else app.quit();
