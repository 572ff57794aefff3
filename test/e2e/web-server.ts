import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preview, type PreviewServer } from 'vite';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Serves the built renderer (out/web) on 127.0.0.1 at a free port, or at `port` (a bench that keeps its browser profile needs the same origin). */
export async function serveBuiltRenderer(port = 0): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(`${root}out/web/index.html`)) throw new Error('out/web is missing: run `npm run build:web` first (npm run test:e2e does).');
  const server: PreviewServer = await preview({
    configFile: `${root}renderer/vite.config.ts`,
    preview: { host: '127.0.0.1', port, strictPort: port !== 0, open: false },
    logLevel: 'error',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address');
  return { url, close: () => server.close() };
}
