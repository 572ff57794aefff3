import { describe, expect, it, vi } from 'vitest';
import { createTokenVault, sendServerRequest, type SafeStorage } from './server-client';

const server = 'http://127.0.0.1:8787';

function fakes(available = true, backend = 'gnome_libsecret') {
  let stored: Buffer | null = null;
  let memoryOnly = false;
  const safeStorage: SafeStorage = {
    isEncryptionAvailable: () => available,
    encryptString: (text) => Buffer.from(`enc:${[...text].reverse().join('')}`),
    decryptString: (data) => {
      const text = data.toString();
      if (!text.startsWith('enc:')) throw new Error('not ours');
      return [...text.slice(4)].reverse().join('');
    },
    getSelectedStorageBackend: () => backend,
  };
  const files = { read: () => stored, write: (d: Buffer) => { stored = d; }, remove: () => { stored = null; } };
  const choice = { read: () => memoryOnly, write: (v: boolean) => { memoryOnly = v; } };
  return { safeStorage, files, choice, stored: () => stored };
}

describe('token vault', () => {
  it('keeps the token encrypted on disk, never in plain text, and reads it back after a restart', () => {
    const f = fakes();
    createTokenVault(f.safeStorage, f.files, f.choice).write({ token: 'secret-token', baseUrl: server });
    expect(f.stored()?.toString()).not.toContain('secret-token');
    expect(createTokenVault(f.safeStorage, f.files, f.choice).read()).toEqual({ token: 'secret-token', origin: server });
  });

  it('forgets the token on sign-out, and a damaged or unbound file reads as signed out', () => {
    const f = fakes();
    const vault = createTokenVault(f.safeStorage, f.files, f.choice);
    vault.write({ token: 't', baseUrl: server });
    vault.write(null);
    expect(f.stored()).toBeNull();
    f.files.write(Buffer.from('garbage'));
    expect(createTokenVault(f.safeStorage, f.files, f.choice).read()).toBeNull();
    f.files.write(f.safeStorage.encryptString('bare-token-from-an-older-version'));
    expect(createTokenVault(f.safeStorage, f.files, f.choice).read()).toBeNull();
    expect(f.stored()).toBeNull();
  });

  it('gives the token only to the origin that issued it', () => {
    const f = fakes();
    const vault = createTokenVault(f.safeStorage, f.files, f.choice);
    vault.write({ token: 'tok', baseUrl: `${server}/` });
    expect(vault.tokenFor(server)).toBe('tok');
    expect(vault.tokenFor(`${server}/some/base`)).toBe('tok');
    for (const other of ['http://127.0.0.1:9999', 'https://127.0.0.1:8787', 'http://evil.example', 'http://127.0.0.1:8787@evil.example', 'http://localhost:8787']) {
      expect(vault.tokenFor(other), other).toBeNull();
    }
  });

  it('without OS encryption keeps the token in memory only', () => {
    const f = fakes(false);
    const vault = createTokenVault(f.safeStorage, f.files, f.choice);
    vault.write({ token: 't', baseUrl: server });
    expect(vault.tokenFor(server)).toBe('t');
    expect(f.stored()).toBeNull();
    expect(vault.storage()).toEqual({ protection: 'memory', memoryOnly: true, canChooseMemoryOnly: false });
  });

  it('says honestly when Linux has no keyring, and keeps the sign-in in memory only when asked', () => {
    const f = fakes(true, 'basic_text');
    const vault = createTokenVault(f.safeStorage, f.files, f.choice);
    expect(vault.storage()).toEqual({ protection: 'fixed-key', memoryOnly: false, canChooseMemoryOnly: true });
    vault.write({ token: 't', baseUrl: server });
    expect(f.stored()).not.toBeNull();
    expect(vault.setMemoryOnly(true)).toEqual({ protection: 'memory', memoryOnly: true, canChooseMemoryOnly: true });
    expect(f.stored()).toBeNull();
    expect(vault.tokenFor(server)).toBe('t');
    vault.write({ token: 't2', baseUrl: server });
    expect(f.stored()).toBeNull();
    expect(createTokenVault(f.safeStorage, f.files, f.choice).read()).toBeNull();
    expect(vault.setMemoryOnly(false).protection).toBe('fixed-key');
    expect(createTokenVault(f.safeStorage, f.files, f.choice).tokenFor(server)).toBe('t2');
  });

  it('calls a keychain a keychain', () => {
    expect(createTokenVault(fakes().safeStorage, fakes().files).storage().protection).toBe('keychain');
  });
});

describe('server requests from the main process', () => {
  it('adds the bearer token and parses the JSON answer', async () => {
    const fetchImpl = vi.fn(async () => new Response('{"ok":true}', { status: 200 }));
    await expect(sendServerRequest({ baseUrl: 'http://127.0.0.1:8787/', method: 'POST', path: '/v1/sync/pull', body: { a: 1 } }, 'tok', fetchImpl as unknown as typeof fetch)).resolves.toEqual({ status: 200, body: { ok: true } });
    expect(fetchImpl).toHaveBeenCalledWith('http://127.0.0.1:8787/v1/sync/pull', expect.objectContaining({ method: 'POST', body: '{"a":1}', redirect: 'error', headers: expect.objectContaining({ authorization: 'Bearer tok' }) }));
  });

  it('sends a request to another server without the token', async () => {
    const f = fakes();
    const vault = createTokenVault(f.safeStorage, f.files, f.choice);
    vault.write({ token: 'tok', baseUrl: server });
    const fetchImpl = vi.fn(async (_url: string, _init: RequestInit) => new Response('{}', { status: 401 }));
    const req = { baseUrl: 'http://attacker.example', method: 'GET' as const, path: '/v1/me' };
    await sendServerRequest(req, vault.tokenFor(req.baseUrl), fetchImpl as unknown as typeof fetch);
    expect(fetchImpl.mock.calls[0]?.[1].headers).not.toHaveProperty('authorization');
  });
});
