import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Unit and component tests sit next to the code; end-to-end tests have their own config.
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['shared/**/*.test.ts', 'renderer/src/**/*.test.{ts,tsx}', 'electron/**/*.test.ts', 'server/**/*.test.ts', 'test/sync/**/*.test.ts', 'test/pdf/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['./test/setup/vitest-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
