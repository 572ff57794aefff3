import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, hardenedWebPreferences, isAppUrl, isExternalLinkAllowed, isTrustedFrame } from './security';

function directives(): Map<string, string> {
  return new Map(contentSecurityPolicy().split('; ').map((d) => {
    const [name = '', ...sources] = d.split(' ');
    return [name, sources.join(' ')];
  }));
}

describe('window hardening', () => {
  it('isolates and sandboxes the renderer', () => {
    expect(hardenedWebPreferences('/app/preload.cjs')).toEqual({
      preload: '/app/preload.cjs', contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false, webSecurity: true, allowRunningInsecureContent: false, experimentalFeatures: false,
      webviewTag: false, navigateOnDragDrop: false, safeDialogs: true, spellcheck: true,
    });
  });
});

describe('content security policy', () => {
  it('has exactly the directives we justify', () => {
    expect(Object.fromEntries(directives())).toEqual({
      'default-src': "'self'",
      'script-src': "'self' 'wasm-unsafe-eval'",
      'style-src': "'self'",
      'img-src': "'self' data: blob:",
      'connect-src': "'self' data: http: https:",
      'object-src': "'none'",
      'base-uri': "'none'",
      'frame-src': "'none'",
      'frame-ancestors': "'none'",
      'form-action': "'none'",
    });
  });

  it('never allows inline script, JavaScript eval, or wildcard sources (WebAssembly compilation only)', () => {
    const csp = contentSecurityPolicy();
    expect(csp.replace("'wasm-unsafe-eval'", '')).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*/);
    expect(directives().get('script-src')).not.toMatch(/data:|blob:|http/);
  });
});

describe('origins', () => {
  it('only treats app://rapport as the app', () => {
    expect(isAppUrl('app://rapport/index.html')).toBe(true);
    expect(isAppUrl('app://rapport')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('app://rapport.evil/index.html')).toBe(false);
    expect(isAppUrl('app://rapport:8080/index.html')).toBe(false);
    expect(isAppUrl('https://rapport/index.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('trusts IPC only from the main frame of the trusted origin', () => {
    expect(isTrustedFrame({ url: 'app://rapport/index.html', parent: null })).toBe(true);
    expect(isTrustedFrame({ url: 'app://rapport/index.html', parent: {} })).toBe(false);
    expect(isTrustedFrame({ url: 'https://example.com/', parent: null })).toBe(false);
    expect(isTrustedFrame({ url: 'http://localhost:5173/', parent: null }, 'http://localhost:5173')).toBe(true);
    expect(isTrustedFrame(null)).toBe(false);
  });

  it('opens only https and mailto links outside', () => {
    expect(isExternalLinkAllowed('https://example.com')).toBe(true);
    expect(isExternalLinkAllowed('mailto:a@b.c')).toBe(true);
    expect(isExternalLinkAllowed('http://example.com')).toBe(false);
    expect(isExternalLinkAllowed('file:///etc/passwd')).toBe(false);
    expect(isExternalLinkAllowed('javascript:alert(1)')).toBe(false);
  });
});
