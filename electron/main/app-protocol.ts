import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** The custom scheme the renderer is served from, instead of file:// (privileged: standard + secure). */
export const appScheme = 'app';

/** The privileges app:// is registered with before ready: a standard, secure origin that fetch() may use. */
export const appSchemePrivileges = { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false } as const;

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.map': 'application/json', '.woff2': 'font/woff2', '.ico': 'image/x-icon',
};

/**
 * Maps an app://rapport/… request to a file inside `root`, or null when it must be refused
 * (another host, or a path that escapes the root however it is encoded).
 */
export function resolveAppFile(requestUrl: string, root: string): { file: string; mimeType: string } | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${appScheme}:` || url.host !== 'rapport') return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const resolvedRoot = path.resolve(root);
  const file = path.resolve(resolvedRoot, relative);
  if (!file.startsWith(resolvedRoot + path.sep)) return null;
  return { file, mimeType: mimeTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream' };
}

/** The protocol.handle callback for app://: serves files from `root` with the CSP, refuses everything else. */
export function createAppProtocolHandler(root: string, contentSecurityPolicy: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('Method not allowed', { status: 405 });
    const target = resolveAppFile(request.url, root);
    if (!target) return new Response('Not found', { status: 404 });
    let body: Uint8Array;
    try {
      body = await readFile(target.file);
    } catch {
      return new Response('Not found', { status: 404 });
    }
    const headers = {
      'Content-Type': target.mimeType,
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}
