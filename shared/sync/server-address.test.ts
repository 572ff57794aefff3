import { describe, expect, it } from 'vitest';
import { insecureServerWarning, isLoopbackHost, serverOrigin } from './server-address';

describe('server addresses', () => {
  it('warns about plain http to another computer, not to this one or over https', () => {
    expect(insecureServerWarning('http://crm.example.com:8787')).toMatch(/^This address uses plain http:\/\/.*crm\.example\.com/);
    expect(insecureServerWarning('http://192.168.1.20:8787')).not.toBeNull();
    expect(insecureServerWarning('http://127.0.0.1:8787')).toBeNull();
    expect(insecureServerWarning('http://localhost:8787')).toBeNull();
    expect(insecureServerWarning('http://[::1]:8787')).toBeNull();
    expect(insecureServerWarning('https://crm.example.com')).toBeNull();
    expect(insecureServerWarning('not an address')).toBeNull();
  });

  it('knows loopback names and addresses, and nothing that only looks like them', () => {
    expect(['localhost', 'app.localhost', '127.0.0.1', '127.10.0.3', '::1', '[::1]'].every(isLoopbackHost)).toBe(true);
    expect(['localhost.evil.com', '127.0.0.1.nip.io', '10.0.0.1', 'example.com'].some(isLoopbackHost)).toBe(false);
  });

  it('reads the origin a token belongs to', () => {
    expect(serverOrigin('HTTP://Example.com:8787/base/')).toBe('http://example.com:8787');
    expect(serverOrigin('https://example.com:443')).toBe('https://example.com');
    expect(serverOrigin('file:///etc/passwd')).toBeNull();
    expect(serverOrigin('nonsense')).toBeNull();
    expect(serverOrigin('http://user:pw@evil.com')).toBeNull();
    expect(serverOrigin('http://[::1]:08787')).toBe('http://[::1]:8787');
    expect(serverOrigin('http://example.com:80')).toBe(serverOrigin('http://example.com'));
    expect(serverOrigin('http://example.com.evil.net')).not.toBe(serverOrigin('http://example.com'));
  });
});
