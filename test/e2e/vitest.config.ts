import { defineConfig } from 'vitest/config';

// End-to-end tests: the built renderer (out/web) served on 127.0.0.1 and driven in Chromium.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
