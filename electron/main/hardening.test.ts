import { describe, expect, it, vi } from 'vitest';
import { hardenSession, hardenWebContents, type GuardedContents, type PermissionSession } from './hardening';

function fakeContents() {
  const listeners = new Map<string, (event: { preventDefault: () => void }, url: string) => void>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents: GuardedContents = {
    on: (event: string, listener: (event: { preventDefault: () => void }, url: string) => void) => listeners.set(event, listener),
    setWindowOpenHandler: (handler) => { openHandler = handler; },
  };
  const emit = (name: string, url = '') => {
    const event = { preventDefault: vi.fn() };
    listeners.get(name)?.(event, url);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { contents, emit, open: (url: string) => openHandler?.({ url }) };
}

function fakeSession() {
  let request: Parameters<PermissionSession['setPermissionRequestHandler']>[0] | undefined;
  let check: Parameters<PermissionSession['setPermissionCheckHandler']>[0] | undefined;
  const session: PermissionSession = { setPermissionRequestHandler: (h) => { request = h; }, setPermissionCheckHandler: (h) => { check = h; } };
  const requested = (permission: string, url: string) => {
    let granted: boolean | undefined;
    request?.({ getURL: () => url }, permission, (g) => { granted = g; });
    return granted;
  };
  const checked = (permission: string, origin: string) => check?.(null, permission, origin);
  return { session, requested, checked };
}

describe('webContents hardening', () => {
  it('cancels navigation and redirects away from the app, allows staying on it', () => {
    const { contents, emit } = fakeContents();
    hardenWebContents(contents, 'app://rapport', vi.fn());
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/index.html', 'javascript:alert(1)', 'not a url']) {
      expect(emit('will-navigate', url), url).toBe(true);
      expect(emit('will-redirect', url), url).toBe(true);
    }
    expect(emit('will-navigate', 'app://rapport/index.html#/accounts')).toBe(false);
  });

  it('never attaches a <webview>', () => {
    const { contents, emit } = fakeContents();
    hardenWebContents(contents, 'app://rapport', vi.fn());
    expect(emit('will-attach-webview')).toBe(true);
  });

  it('denies every window.open, handing only https and mailto links to the system browser', () => {
    const { contents, open } = fakeContents();
    const openExternal = vi.fn();
    hardenWebContents(contents, 'app://rapport', openExternal);
    for (const url of ['https://status.example.com/', 'mailto:cfo@contoso.example', 'http://insecure.example/', 'file:///etc/passwd', 'app://rapport/index.html', 'smb://share/x']) {
      expect(open(url), url).toEqual({ action: 'deny' });
    }
    expect(openExternal.mock.calls).toEqual([['https://status.example.com/'], ['mailto:cfo@contoso.example']]);
  });
});

describe('session hardening', () => {
  it('refuses every permission request and check', () => {
    const { session, requested, checked } = fakeSession();
    hardenSession(session, 'app://rapport');
    for (const permission of ['notifications', 'media', 'geolocation', 'clipboard-read', 'openExternal', 'midiSysex', 'unknown']) {
      expect(requested(permission, 'app://rapport/index.html'), permission).toBe(false);
      expect(checked(permission, 'app://rapport'), permission).toBe(false);
    }
  });

  it('grants durable storage to the app origin only', () => {
    const { session, requested, checked } = fakeSession();
    hardenSession(session, 'app://rapport');
    expect(requested('persistent-storage', 'app://rapport/index.html')).toBe(true);
    expect(checked('persistent-storage', 'app://rapport')).toBe(true);
    expect(requested('persistent-storage', 'https://evil.example/')).toBe(false);
    expect(checked('persistent-storage', 'https://evil.example')).toBe(false);
  });
});
