import { app, BrowserWindow, dialog, ipcMain, Menu, net, Notification, protocol, session } from 'electron';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ipcChannels } from '../../shared/ipc';
import { appScheme, resolveAppFile } from './app-protocol';
import { createIpcHandlers } from './ipc-handlers';
import { createMainWindow } from './main-window';
import { buildMenuTemplate } from './menu';
import { appOrigin, contentSecurityPolicy } from './security';

protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false } }]);

if (!app.requestSingleInstanceLock()) app.quit();

let mainWindow: BrowserWindow | null = null;
const rendererRoot = path.join(import.meta.dirname, '../renderer');

function openWindow() {
  mainWindow = createMainWindow({
    preloadPath: path.join(import.meta.dirname, '../preload/index.cjs'),
    stateFile: path.join(app.getPath('userData'), 'window-state.json'),
    url: `${appOrigin}/index.html`,
  });
  mainWindow.on('closed', () => { mainWindow = null; });
}

app.on('second-instance', () => {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
});

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

void app.whenReady().then(() => {
  protocol.handle(appScheme, async (request) => {
    const target = resolveAppFile(request.url, rendererRoot);
    if (!target) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(target.file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Type', target.mimeType);
    headers.set('Content-Security-Policy', contentSecurityPolicy());
    return new Response(response.body, { status: response.status, headers });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler((_wc, permission) => permission === 'notifications');

  for (const handler of createIpcHandlers({
    showSaveDialog: (options) => (mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options)),
    writeFile: (file, data) => writeFile(file, data),
    printToPdf: async () => new Uint8Array(await (mainWindow?.webContents.printToPDF({ printBackground: true, pageSize: 'A4' }) ?? Promise.resolve(Buffer.alloc(0)))),
    showNotification: (title, body) => new Notification({ title, body }).show(),
  })) {
    ipcMain.handle(handler.channel, (event, arg: unknown) => handler.handle(event, arg));
  }

  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate((command) => mainWindow?.webContents.send(ipcChannels.menuCommand, command), process.platform)));
  openWindow();
  app.on('activate', () => { if (BrowserWindow.getAllWindows().length === 0) openWindow(); });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
