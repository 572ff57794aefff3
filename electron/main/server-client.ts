import type { ServerRequest, ServerResponse } from '../../shared/bridge';

/** Electron's safeStorage, as far as the token vault needs it. */
export type SafeStorage = { isEncryptionAvailable: () => boolean; encryptString: (text: string) => Buffer; decryptString: (data: Buffer) => string };

/** File access for the vault (passed in so it is testable). */
export type VaultFiles = { read: () => Buffer | null; write: (data: Buffer) => void; remove: () => void };

/** Where the server token lives: only in the main process, encrypted at rest with the OS keychain. */
export type TokenVault = { read: () => string | null; write: (token: string | null) => void };

/** A vault over safeStorage; without OS encryption the token is kept in memory only, never in plain text on disk. */
export function createTokenVault(safeStorage: SafeStorage, files: VaultFiles): TokenVault {
  let memory: string | null = null;
  return {
    read: () => {
      if (memory !== null) return memory;
      if (!safeStorage.isEncryptionAvailable()) return null;
      const data = files.read();
      if (!data) return null;
      try {
        memory = safeStorage.decryptString(data);
      } catch {
        files.remove();
      }
      return memory;
    },
    write: (token) => {
      memory = token;
      if (token === null) { files.remove(); return; }
      if (safeStorage.isEncryptionAvailable()) files.write(safeStorage.encryptString(token));
    },
  };
}

/** Sends one request to the team server with the token, answering status and JSON body. */
export async function sendServerRequest(req: ServerRequest, token: string | null, fetchImpl: typeof fetch): Promise<ServerResponse> {
  const response = await fetchImpl(`${req.baseUrl.replace(/\/+$/, '')}${req.path}`, {
    method: req.method,
    headers: { ...(req.body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: req.body === undefined ? undefined : JSON.stringify(req.body),
  });
  const text = await response.text();
  try {
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
  } catch {
    return { status: response.status, body: { error: { code: 'bad_response', message: `The server answered something that is not JSON (${response.status})` } } };
  }
}
