import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

// Three entries: the main process, the sandboxed preload (CommonJS), and the renderer (also built alone for web mode).
export default defineConfig({
  main: {
    build: { outDir: 'out/main', rollupOptions: { input: { index: resolve(import.meta.dirname, 'electron/main/index.ts') } } },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') }, output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react()],
    build: { outDir: 'out/renderer', rollupOptions: { input: resolve(import.meta.dirname, 'renderer/index.html') } },
  },
});
