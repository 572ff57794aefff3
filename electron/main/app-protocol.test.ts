import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppFile } from './app-protocol';

const root = path.resolve('/opt/rapport/renderer');

describe('app:// protocol', () => {
  it('serves files from the renderer root with their type', () => {
    expect(resolveAppFile('app://rapport/', root)).toEqual({ file: path.join(root, 'index.html'), mimeType: 'text/html; charset=utf-8' });
    expect(resolveAppFile('app://rapport/assets/index-abc.js', root)?.file).toBe(path.join(root, 'assets/index-abc.js'));
    expect(resolveAppFile('app://rapport/assets/index-abc.js?v=1#x', root)?.mimeType).toBe('text/javascript; charset=utf-8');
  });

  it('refuses encoded escapes, NUL bytes, broken encodings and other origins', () => {
    for (const url of [
      'app://rapport/..%2f..%2fetc%2fpasswd', 'app://rapport/%2E%2E%5C%2E%2E%5Cwindows', 'app://rapport/assets/%00.js',
      'app://rapport/%E0%A4%A', 'app://other/index.html', 'file:///etc/passwd', 'nonsense',
    ]) {
      expect(resolveAppFile(url, root), url).toBeNull();
    }
  });

  it('never resolves outside the root, whatever the dot segments', () => {
    for (const url of ['app://rapport/../../etc/passwd', 'app://rapport/%2e%2e/%2e%2e/etc/passwd', 'app://rapport/a/./../../../b', 'app://rapport/.%2E/x']) {
      const resolved = resolveAppFile(url, root);
      expect(resolved === null || resolved.file.startsWith(root + path.sep), url).toBe(true);
    }
  });
});
