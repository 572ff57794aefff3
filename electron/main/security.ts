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
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
  };
}

/**
 * The Content-Security-Policy header of every app:// response. Each directive, and why:
 * - default-src 'self': anything not named below (fonts, media, manifests, workers) only from the app.
 * - script-src 'self' 'wasm-unsafe-eval': the bundled scripts only; no inline script, no eval, so injected
 *   markup cannot run. 'wasm-unsafe-eval' lets WebAssembly compile (the PDF layout engine, yoga, is
 *   WebAssembly) and nothing else: JavaScript eval and new Function stay refused.
 * - style-src 'self': the bundled stylesheet only. React sets `style` props through the CSSOM, which CSP
 *   does not restrict, so 'unsafe-inline' is not needed (checked in Chromium by test/e2e/electron.test.ts).
 * - img-src 'self' data: blob:: the app's images, inline SVG/PNG data URLs, and charts exported as blobs.
 * - connect-src 'self' data: http: https:: the team sync server lives at an address the user types in settings
 *   (often plain http on a LAN or loopback), so no fixed host can be named here; data: because the PDF
 *   layout engine fetches its bundled WebAssembly from a data: URL (a data: URL cannot send anything out).
 * - object-src 'none': no plugins. base-uri 'none': injected <base> cannot redirect relative URLs.
 * - frame-src 'none' and frame-ancestors 'none': we embed nothing and nothing embeds us.
 * - form-action 'none': forms are handled in script; a form can never post data anywhere.
 */
export function contentSecurityPolicy(): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "connect-src 'self' data: http: https:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Whether a URL belongs to the trusted renderer origin (app://rapport, or the dev server in development). */
export function isAppUrl(url: string, trustedOrigin: string = appOrigin): boolean {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}` === trustedOrigin;
  } catch {
    return false;
  }
}

/** Whether a sender frame is our own main frame (IPC from anything else is refused). */
export function isTrustedFrame(frame: { url: string; parent: unknown } | null | undefined, trustedOrigin: string = appOrigin): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url, trustedOrigin);
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
