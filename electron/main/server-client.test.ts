import { describe, expect, it, vi } from 'vitest';
import { createTokenVault, sendServerRequest, type SafeStorage } from './server-client';

function fakes(available = true) {
  let stored: Buffer | null = null;
  const safeStorage: SafeStorage = {
    isEncryptionAvailable: () => available,
    encryptString: (text) => Buffer.from(`enc:${[...text].reverse().join('')}`),
    decryptString: (data) => {
      const text = data.toString();
      if (!text.startsWith('enc:')) throw new Error('not ours');
      return [...text.slice(4)].reverse().join('');
    },
  };
  const files = { read: () => stored, write: (d: Buffer) => { stored = d; }, remove: () => { stored = null; } };
  return { safeStorage, files, stored: () => stored };
}

describe('token vault', () => {
  it('keeps the token encrypted on disk, never in plain text, and reads it back after a restart', () => {
    const f = fakes();
    createTokenVault(f.safeStorage, f.files).write('secret-token');
    expect(f.stored()?.toString()).not.toContain('secret-token');
    expect(createTokenVault(f.safeStorage, f.files).read()).toBe('secret-token');
  });
  it('forgets the token on sign-out, and a damaged file reads as signed out', () => {
    const f = fakes();
    const vault = createTokenVault(f.safeStorage, f.files);
    vault.write('t');
    vault.write(null);
    expect(f.stored()).toBeNull();
    f.files.write(Buffer.from('garbage'));
    expect(createTokenVault(f.safeStorage, f.files).read()).toBeNull();
  });
  it('without OS encryption keeps the token in memory only', () => {
    const f = fakes(false);
    const vault = createTokenVault(f.safeStorage, f.files);
    vault.write('t');
    expect(vault.read()).toBe('t');
    expect(f.stored()).toBeNull();
  });
});

describe('server requests from the main process', () => {
  it('adds the bearer token and parses the JSON answer', async () => {
    const fetchImpl = vi.fn(async () => new Response('{"ok":true}', { status: 200 }));
    await expect(sendServerRequest({ baseUrl: 'http://127.0.0.1:8787/', method: 'POST', path: '/v1/sync/pull', body: { a: 1 } }, 'tok', fetchImpl as unknown as typeof fetch)).resolves.toEqual({ status: 200, body: { ok: true } });
    expect(fetchImpl).toHaveBeenCalledWith('http://127.0.0.1:8787/v1/sync/pull', expect.objectContaining({ method: 'POST', body: '{"a":1}', headers: expect.objectContaining({ authorization: 'Bearer tok' }) }));
  });
});
