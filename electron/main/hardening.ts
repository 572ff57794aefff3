import { isAppUrl, isExternalLinkAllowed } from './security';

/**
 * The only permission the renderer gets: durable storage, so Chromium never evicts the IndexedDB that holds
 * the portfolio (navigator.storage.persist()). Notifications, camera, geolocation… are all refused;
 * desktop notifications go through the main process instead.
 */
export const grantedPermissions: readonly string[] = ['persistent-storage'];

type PreventableEvent = { preventDefault: () => void };

/** The part of a session we configure. */
export type PermissionSession = {
  setPermissionRequestHandler(handler: (contents: { getURL(): string }, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (contents: { getURL(): string } | null, permission: string, requestingOrigin: string) => boolean): void;
};

/** The part of a webContents we guard. */
export type GuardedContents = {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
};

/** Refuses every permission request and check except the granted ones, and those only for our origin. */
export function hardenSession(session: PermissionSession, trustedOrigin: string): void {
  const allowed = (permission: string, url: string) => grantedPermissions.includes(permission) && isAppUrl(url, trustedOrigin);
  session.setPermissionRequestHandler((contents, permission, callback) => callback(allowed(permission, contents.getURL())));
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => allowed(permission, requestingOrigin));
}

/**
 * Keeps a webContents on our origin: navigation and redirects elsewhere are cancelled, <webview> never
 * attaches, and window.open never creates a window (https and mailto links go to the system browser).
 */
export function hardenWebContents(contents: GuardedContents, trustedOrigin: string, openExternal: (url: string) => void): void {
  const stayHome = (event: PreventableEvent, url: string) => {
    if (!isAppUrl(url, trustedOrigin)) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalLinkAllowed(url)) openExternal(url);
    return { action: 'deny' };
  });
}
