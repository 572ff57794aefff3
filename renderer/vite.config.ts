import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// Headers of the web build's servers: no page on another site may frame the app (clickjacking), and
// files are never sniffed as another type. A CSP <meta> cannot carry frame-ancestors, so these go
// as headers; the app also refuses to run when framed (src/lib/frame-guard.ts) for hosts without them.
const securityHeaders = {
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
};

// Web mode: the same renderer the Electron window loads, served to a plain browser. No source maps
// in the build (they would publish the whole source next to the app). Only this build gets a service worker (the Electron build in electron.vite.config.ts loads its files from disk).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [
    react(),
    VitePWA({
      // A new build waits until the user says "Reload" (src/lib/service-worker.ts): never half old, half new.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icon-512.png'],
      manifest: {
        name: 'Rapport',
        short_name: 'Rapport',
        description: 'Accounts, commitments and escalations of a customer relations manager, offline first.',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f6f7f9',
        theme_color: '#2f5fd0',
        icons: [
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        ],
      },
      workbox: {
        // Every file of the build is precached, so a reload with no network opens the whole app.
        globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      },
    }),
  ],
  build: { outDir: fileURLToPath(new URL('../out/web', import.meta.url)), emptyOutDir: true, sourcemap: false },
  server: { host: '127.0.0.1', port: 5173, headers: securityHeaders },
  preview: { host: '127.0.0.1', port: 4173, headers: securityHeaders },
});
