// scheme://host[:port] then a path, query, fragment or the end; no user:password@ part.
const addressPattern = /^(https?):\/\/(\[[0-9a-f:.]+\]|[^/:?#@\s[\]]+)(?::(\d{1,5}))?(?:[/?#]|$)/i;
const defaultPorts: Record<string, string> = { http: '80', https: '443' };

/** The scheme, host and port of an http(s) address (pure: shared/ has no URL class). */
function parseAddress(url: string): { scheme: string; host: string; port: string | null } | null {
  const match = addressPattern.exec(url.trim());
  if (!match?.[1] || !match[2]) return null;
  const scheme = match[1].toLowerCase();
  const port = match[3] && match[3] !== defaultPorts[scheme] ? String(Number(match[3])) : null;
  return { scheme, host: match[2].toLowerCase(), port };
}

/** The origin (scheme, host, port) of an http(s) address, lower-cased; null when it is not one. */
export function serverOrigin(url: string): string | null {
  const address = parseAddress(url);
  return address ? `${address.scheme}://${address.host}${address.port ? `:${address.port}` : ''}` : null;
}

/** Whether a host name is this computer itself (traffic to it never crosses a network). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * A warning for a server address that would send the password and the team's data unencrypted
 * across a network (plain http:// to anything but this computer); null when the address is safe
 * or not an address yet.
 */
export function insecureServerWarning(url: string): string | null {
  const address = parseAddress(url);
  if (!address || address.scheme !== 'http' || isLoopbackHost(address.host)) return null;
  return `This address uses plain http://, so your password and your team's data would cross the network unencrypted. Use https:// unless ${address.host} is on a network you trust.`;
}
