import type { WebPreferences } from 'electron';

/** The one origin the app is served from. Fixed forever: IndexedDB data belongs to the origin. */
export const appOrigin = 'app://rapport';

/** Hardened webPreferences for every window (Electron security checklist). */
export function hardenedWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  };
}

/**
 * The Content-Security-Policy of the app's pages. Scripts only from the app itself (no inline, no eval);
 * inline styles are allowed because React sets style attributes (virtualized rows); connections may go to
 * the team sync server, whose address the user configures, so any http(s) origin; nothing may frame us,
 * post forms, or load plugins.
 */
export function contentSecurityPolicy(): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self' http: https:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'self' blob:",
  ].join('; ');
}

/** Whether a URL may be shown inside the app window: only our own origin. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'app:' && parsed.host === 'rapport';
  } catch {
    return false;
  }
}

/** Whether a sender frame is our own main frame (IPC from anything else is refused). */
export function isTrustedFrame(frame: { url: string; parent: unknown } | null | undefined): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}

/** Links the user may open in the system browser (never inside the app). */
export function isExternalLinkAllowed(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'mailto:';
  } catch {
    return false;
  }
}
