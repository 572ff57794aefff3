import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

// Unmount rendered components between tests (vitest runs without globals, so do it here).
afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
});
