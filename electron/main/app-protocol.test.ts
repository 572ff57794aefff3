import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appSchemePrivileges, createAppProtocolHandler, resolveAppFile } from './app-protocol';

const root = path.resolve('/opt/rapport/renderer');

describe('resolveAppFile', () => {
  it('maps app://rapport paths to files under the renderer root with their type', () => {
    expect(resolveAppFile('app://rapport/', root)).toEqual({ file: path.join(root, 'index.html'), mimeType: 'text/html; charset=utf-8' });
    expect(resolveAppFile('app://rapport/index.html#/accounts/acc-1', root)?.file).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile('app://rapport/assets/index-abc.js', root)?.file).toBe(path.join(root, 'assets/index-abc.js'));
    expect(resolveAppFile('app://rapport/assets/index-abc.js?v=1#x', root)?.mimeType).toBe('text/javascript; charset=utf-8');
    expect(resolveAppFile('app://rapport/assets/a%20b.css', root)).toEqual({ file: path.join(root, 'assets/a b.css'), mimeType: 'text/css; charset=utf-8' });
    expect(resolveAppFile('app://rapport/data.bin', root)?.mimeType).toBe('application/octet-stream');
  });

  it('refuses traversal however it is spelled', () => {
    for (const url of [
      'app://rapport/../../etc/passwd', 'app://rapport/%2e%2e/%2e%2e/etc/passwd', 'app://rapport/..%2f..%2fetc%2fpasswd',
      'app://rapport/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd', 'app://rapport/assets/..%2F..%2F..%2Fetc%2Fpasswd', 'app://rapport/%2E%2E%5C%2E%2E%5Cwindows',
      'app://rapport/..\\..\\windows\\win.ini', 'app://rapport/%252e%252e/%252e%252e/etc/passwd', 'app://rapport/.%2E/.%2e/etc/passwd',
      'app://rapport/a/./../../../b', 'app://rapport//etc/passwd', 'app://rapport/%2Fetc%2Fpasswd',
    ]) {
      const resolved = resolveAppFile(url, root);
      expect(resolved === null || resolved.file.startsWith(root + path.sep), `${url} → ${resolved?.file}`).toBe(true);
    }
    expect(resolveAppFile('app://rapport/..%2f..%2fetc%2fpasswd', root)).toBeNull();
    expect(resolveAppFile('app://rapport/%2E%2E%5C%2E%2E%5Cwindows', root)).toBeNull();
  });

  it('refuses NUL bytes, broken encodings, other hosts and schemes', () => {
    for (const url of ['app://rapport/assets/%00.js', 'app://rapport/%E0%A4%A', 'app://other/index.html', 'app://rapport.evil/index.html', 'file:///etc/passwd', 'https://rapport/index.html', 'nonsense']) {
      expect(resolveAppFile(url, root), url).toBeNull();
    }
  });
});

describe('the app:// handler', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rapport-protocol-'));
  const rendererRoot = path.join(dir, 'renderer');
  mkdirSync(path.join(rendererRoot, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererRoot, 'index.html'), '<!doctype html><title>Rapport</title>');
  writeFileSync(path.join(rendererRoot, 'assets/app.js'), 'console.log(1)');
  writeFileSync(path.join(dir, 'secret.txt'), 'token');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const handle = createAppProtocolHandler(rendererRoot, "default-src 'self'");

  it('serves built files with the CSP, their type and nosniff', async () => {
    const response = await handle(new Request('app://rapport/'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Rapport</title>');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await handle(new Request('app://rapport/assets/app.js'))).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for missing files, directories and files outside the root', async () => {
    for (const url of ['app://rapport/missing.js', 'app://rapport/assets', 'app://rapport/..%2fsecret.txt', 'app://rapport/../secret.txt', 'app://other/index.html']) {
      const response = await handle(new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('token');
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await handle(new Request('app://rapport/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
    const head = await handle(new Request('app://rapport/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('is registered as a standard, secure, fetch-capable scheme (so IndexedDB and fetch work on its origin)', () => {
    expect(appSchemePrivileges).toEqual({ standard: true, secure: true, supportFetchAPI: true, corsEnabled: false });
  });
});
