import { describe, expect, it } from 'vitest';
import { rendererTarget } from './renderer-target';

const app = { url: 'app://rapport/index.html', origin: 'app://rapport' };

describe('renderer target', () => {
  it('loads app://rapport when packaged, even if a dev server address is set', () => {
    expect(rendererTarget({ isPackaged: true, devServerUrl: 'http://localhost:5173' })).toEqual(app);
    expect(rendererTarget({ isPackaged: false, devServerUrl: undefined })).toEqual(app);
  });

  it('loads a loopback dev server in development and trusts its origin', () => {
    expect(rendererTarget({ isPackaged: false, devServerUrl: 'http://localhost:5173' })).toEqual({ url: 'http://localhost:5173/', origin: 'http://localhost:5173' });
    expect(rendererTarget({ isPackaged: false, devServerUrl: 'http://127.0.0.1:5174/' }).origin).toBe('http://127.0.0.1:5174');
  });

  it('refuses a dev server that is not plain http on loopback', () => {
    for (const devServerUrl of ['https://localhost:5173', 'http://192.168.1.20:5173', 'http://evil.example', 'http://localhost.evil.example', 'file:///tmp/index.html', '::']) {
      expect(rendererTarget({ isPackaged: false, devServerUrl }), devServerUrl).toEqual(app);
    }
  });
});
