import { appOrigin } from './security';

/** What the main window loads and which origin is trusted (for IPC, navigation and permissions). */
export type RendererTarget = { url: string; origin: string };

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The packaged app always loads app://rapport. Only an unpackaged app (`npm run dev`) may load the
 * electron-vite dev server instead, and only from a loopback http address; anything else falls back.
 */
export function rendererTarget(options: { isPackaged: boolean; devServerUrl: string | undefined }): RendererTarget {
  const fallback = { url: `${appOrigin}/index.html`, origin: appOrigin };
  if (options.isPackaged || !options.devServerUrl) return fallback;
  try {
    const url = new URL(options.devServerUrl);
    if (url.protocol !== 'http:' || !loopbackHosts.has(url.hostname)) return fallback;
    return { url: url.toString(), origin: `${url.protocol}//${url.host}` };
  } catch {
    return fallback;
  }
}
