import { app, BrowserWindow, dialog, ipcMain, Menu, net, Notification, protocol, safeStorage, session, shell, type WebContents } from 'electron';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ipcChannels } from '../../shared/ipc';
import { appScheme, appSchemePrivileges, createAppProtocolHandler } from './app-protocol';
import { hardenSession, hardenWebContents } from './hardening';
import { createChangeStreams } from './change-streams';
import { createIpcHandlers } from './ipc-handlers';
import { createMainWindow } from './main-window';
import { buildMenuTemplate } from './menu';
import { rendererTarget } from './renderer-target';
import { createTokenVault, sendServerRequest } from './server-client';
import { contentSecurityPolicy } from './security';

// Lifecycle only; every decision lives in the modules imported above.
app.enableSandbox();
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

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

// Held until dismissed: a collected Notification loses its click handler.
const shownNotifications = new Set<Notification>();

function notify(title: string, body: string): void {
  if (!Notification.isSupported()) return;
  const notification = new Notification({ title, body });
  notification.on('click', focusMainWindow);
  notification.on('close', () => shownNotifications.delete(notification));
  shownNotifications.add(notification);
  notification.show();
}

function start(): void {
  // Windows shows notifications only for an app with an AppUserModelID; the installer registers this one.
  if (process.platform === 'win32') app.setAppUserModelId('com.rapport.app');
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, target.origin, (url) => void shell.openExternal(url));
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(() => {
    protocol.handle(appScheme, createAppProtocolHandler(path.join(import.meta.dirname, '../renderer'), contentSecurityPolicy()));
    hardenSession(session.defaultSession, target.origin);
    const tokenFile = path.join(app.getPath('userData'), 'server-token.bin');
    const memoryOnlyFile = path.join(app.getPath('userData'), 'sign-in-memory-only');
    const vaultStorage = process.platform === 'linux' ? safeStorage : { ...safeStorage, getSelectedStorageBackend: undefined };
    const vault = createTokenVault(vaultStorage, {
      read: () => { try { return readFileSync(tokenFile); } catch { return null; } },
      write: (data) => writeFileSync(tokenFile, data, { mode: 0o600 }),
      remove: () => rmSync(tokenFile, { force: true }),
    }, {
      read: () => existsSync(memoryOnlyFile),
      write: (memoryOnly) => (memoryOnly ? writeFileSync(memoryOnlyFile, '', { mode: 0o600 }) : rmSync(memoryOnlyFile, { force: true })),
    });
    const mainFetch: typeof fetch = (input, init) => net.fetch(String(input), init);
    const changeStreams = createChangeStreams((baseUrl) => vault.tokenFor(baseUrl), ipcChannels.serverEvent, mainFetch);
    const handlers = createIpcHandlers<WebContents>({
      showSaveDialog: (options) => (mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options)),
      showOpenFolderDialog: (options) => (mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options)),
      writeFile: (file, data) => writeFile(file, data),
      printToPdf: (sender) => sender.printToPDF({ printBackground: true, pageSize: 'A4' }),
      showNotification: notify,
      mirrorOutbox: async (snapshot) => {
        const file = path.join(app.getPath('userData'), 'outbox-mirror.json');
        await writeFile(`${file}.tmp`, snapshot, { mode: 0o600 });
        await rename(`${file}.tmp`, file);
      },
      server: {
        request: (req) => sendServerRequest(req, vault.tokenFor(req.baseUrl), mainFetch),
        setToken: (grant) => {
          vault.write(grant);
          changeStreams.stopAll();
        },
        hasToken: () => vault.read() !== null,
        signInStorage: () => vault.storage(),
        setMemoryOnly: (memoryOnly) => vault.setMemoryOnly(memoryOnly),
        listenForChanges: (sender, baseUrl) => changeStreams.start(sender, baseUrl),
        stopListening: (sender) => changeStreams.stop(sender),
      },
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
