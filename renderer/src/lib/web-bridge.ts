import type { MenuCommand, RapportBridge } from '../../../shared/bridge';
import { fetchTransport } from '../sync/transport';
import { readToken, writeToken } from './server-session';
import { listenForChanges } from '../sync/change-events';

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
      request: ({ baseUrl, method, path, body }) => fetchTransport(baseUrl, readToken())({ method, path, body }),
      setToken: async (token) => writeToken(token),
      hasToken: async () => readToken() !== null,
      listenForChanges: (baseUrl, listener) => {
        const token = readToken();
        return token ? listenForChanges(baseUrl, token, listener) : () => undefined;
      },
    },
  };
}
