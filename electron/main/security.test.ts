import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, hardenedWebPreferences, isAppUrl, isExternalLinkAllowed, isTrustedFrame } from './security';

describe('window hardening', () => {
  it('isolates and sandboxes the renderer', () => {
    const prefs = hardenedWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs', contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false, webSecurity: true, allowRunningInsecureContent: false, webviewTag: false,
    });
    expect(prefs).not.toHaveProperty('enableRemoteModule');
  });

  it('has a strict CSP: own scripts only, no eval or inline script, no framing, no plugins', () => {
    const directives = Object.fromEntries(contentSecurityPolicy().split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));
    expect(directives['default-src']).toBe("'self'");
    expect(directives['script-src']).toBe("'self'");
    expect(directives['object-src']).toBe("'none'");
    expect(directives['frame-ancestors']).toBe("'none'");
    expect(directives['base-uri']).toBe("'none'");
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-eval/);
    expect(directives['script-src']).not.toMatch(/unsafe-inline/);
  });

  it('only treats app://rapport as the app', () => {
    expect(isAppUrl('app://rapport/index.html')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('https://rapport/index.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('trusts IPC only from our main frame', () => {
    expect(isTrustedFrame({ url: 'app://rapport/index.html', parent: null })).toBe(true);
    expect(isTrustedFrame({ url: 'app://rapport/index.html', parent: {} })).toBe(false);
    expect(isTrustedFrame({ url: 'https://example.com/', parent: null })).toBe(false);
    expect(isTrustedFrame(null)).toBe(false);
  });

  it('opens only https and mailto links outside', () => {
    expect(isExternalLinkAllowed('https://example.com')).toBe(true);
    expect(isExternalLinkAllowed('mailto:a@b.c')).toBe(true);
    expect(isExternalLinkAllowed('file:///etc/passwd')).toBe(false);
    expect(isExternalLinkAllowed('javascript:alert(1)')).toBe(false);
  });
});
