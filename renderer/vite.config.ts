import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Headers of the web build's servers: no page on another site may frame the app (clickjacking), and
// files are never sniffed as another type. A CSP <meta> cannot carry frame-ancestors, so these go
// as headers; the app also refuses to run when framed (src/lib/frame-guard.ts) for hosts without them.
const securityHeaders = {
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
};

// Web mode: the same renderer the Electron window loads, served to a plain browser. No source maps
// in the build: they would publish the whole source next to the app.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  build: { outDir: fileURLToPath(new URL('../out/web', import.meta.url)), emptyOutDir: true, sourcemap: false },
  server: { host: '127.0.0.1', port: 5173, headers: securityHeaders },
  preview: { host: '127.0.0.1', port: 4173, headers: securityHeaders },
});
