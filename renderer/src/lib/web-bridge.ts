import type { MenuCommand, RapportBridge, SignInStorage } from '../../../shared/bridge';
import { fetchTransport } from '../sync/transport';
import { hasToken, readToken, writeToken } from './server-session';
import { listenForChanges } from '../sync/change-events';

const webSignInStorage: SignInStorage = { protection: 'session', memoryOnly: false, canChooseMemoryOnly: false };

/** The bridge for web mode: browser APIs stand in for the native ones. */
export function createWebBridge(win: Window = window): RapportBridge {
  const listeners = new Set<(command: MenuCommand) => void>();
  return {
    host: 'web',
    saveFile: async ({ suggestedName, contents, mimeType, encoding }) => {
      const body = encoding === 'base64' ? Uint8Array.from(atob(contents), (c) => c.charCodeAt(0)) : contents;
      const url = URL.createObjectURL(new Blob([body], { type: mimeType }));
      const link = win.document.createElement('a');
      link.href = url;
      link.download = suggestedName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 0);
      return { saved: true };
    },
    // No folder access in a browser: the files go out as one ZIP download named after the folder.
    saveFilesToFolder: async ({ folderName, files }) => {
      // The ZIP writer (fflate) loads on first use: it is not needed to start the app.
      const { tripZip } = await import('../../../shared/domain/review/trip');
      const zip = new Uint8Array(tripZip(files.map((f) => ({ name: f.name, bytes: Uint8Array.from(atob(f.contents), (c) => c.charCodeAt(0)) })), new Date()));
      const url = URL.createObjectURL(new Blob([zip], { type: 'application/zip' }));
      const link = win.document.createElement('a');
      link.href = url;
      link.download = `${folderName}.zip`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 0);
      return { saved: true, files: files.map((f) => f.name) };
    },
    printToPdf: async () => {
      win.print();
      return { saved: true };
    },
    notify: async ({ title, body }) => {
      if (!('Notification' in win)) return;
      if (Notification.permission === 'default') await Notification.requestPermission();
      if (Notification.permission === 'granted') new Notification(title, { body });
    },
    onMenuCommand: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    // Browser storage is all web mode has; the server is its backup.
    mirrorOutbox: async () => undefined,
    server: {
      request: ({ baseUrl, method, path, body }) => fetchTransport(baseUrl, readToken(baseUrl))({ method, path, body }),
      setToken: async (grant) => writeToken(grant),
      hasToken: async () => hasToken(),
      // The tab's session storage holds it until the tab closes; there is nothing to choose.
      signInStorage: async () => webSignInStorage,
      setMemoryOnly: async () => webSignInStorage,
      listenForChanges: (baseUrl, listener) => {
        const token = readToken(baseUrl);
        return token ? listenForChanges(baseUrl, token, listener) : () => undefined;
      },
    },
  };
}
