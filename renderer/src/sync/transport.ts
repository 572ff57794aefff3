/** One HTTP exchange with the sync server: a JSON body out, a status and JSON body back. Throws when the network fails. */
export type SyncTransport = (request: { method: 'GET' | 'POST' | 'PATCH'; path: string; body?: unknown }) => Promise<{ status: number; body: unknown }>;

/** A transport over fetch to a server URL with a bearer token (web mode; Electron routes through the bridge). */
export function fetchTransport(baseUrl: string, token: string | null, fetchImpl: typeof fetch = fetch): SyncTransport {
  const root = baseUrl.replace(/\/+$/, '');
  return async ({ method, path, body }) => {
    const response = await fetchImpl(`${root}${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = { error: { code: 'bad_response', message: `The server answered something that is not JSON (${response.status})` } };
    }
    return { status: response.status, body: parsed };
  };
}
