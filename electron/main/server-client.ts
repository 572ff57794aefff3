import type { ServerRequest, ServerResponse, SignInStorage, TokenGrant } from '../../shared/bridge';
import { serverOrigin } from '../../shared/sync/server-address';

/** Electron's safeStorage, as far as the token vault needs it (the backend is asked on Linux only). */
export type SafeStorage = {
  isEncryptionAvailable: () => boolean;
  encryptString: (text: string) => Buffer;
  decryptString: (data: Buffer) => string;
  getSelectedStorageBackend?: () => string;
};

/** File access for the vault (passed in so it is testable). */
export type VaultFiles = { read: () => Buffer | null; write: (data: Buffer) => void; remove: () => void };

/** The user's choice to keep the sign-in in memory only, kept across restarts. */
export type MemoryOnlyChoice = { read: () => boolean; write: (memoryOnly: boolean) => void };

/** A kept token and the one origin it may be sent to. */
export type BoundToken = { token: string; origin: string };

/** Where the server token lives: only in the main process, encrypted at rest, bound to its server's origin. */
export type TokenVault = {
  read: () => BoundToken | null;
  write: (grant: TokenGrant | null) => void;
  /** The token for a request to `baseUrl`: null unless it goes to the origin the token was issued by. */
  tokenFor: (baseUrl: string) => string | null;
  storage: () => SignInStorage;
  setMemoryOnly: (memoryOnly: boolean) => SignInStorage;
};

/** Whether safeStorage really encrypts with a secret (not Linux's built-in fixed key when no keyring runs). */
function usesFixedKey(safeStorage: SafeStorage): boolean {
  try {
    return safeStorage.getSelectedStorageBackend?.() === 'basic_text';
  } catch {
    return false;
  }
}

function parseStored(text: string): BoundToken | null {
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value !== 'object' || value === null) return null;
    const { token, origin } = value as { token?: unknown; origin?: unknown };
    return typeof token === 'string' && token && typeof origin === 'string' && origin ? { token, origin } : null;
  } catch {
    return null;
  }
}

/**
 * A vault over safeStorage. The token is bound to the origin of the server that issued it and is
 * never attached to a request anywhere else. On disk only encrypted, and never when the user chose
 * memory only or the OS offers no encryption. A file it cannot read (damaged, or from before tokens
 * were bound to their server) reads as signed out and is removed.
 */
export function createTokenVault(safeStorage: SafeStorage, files: VaultFiles, choice: MemoryOnlyChoice = { read: () => false, write: () => undefined }): TokenVault {
  let memory: BoundToken | null = null;
  let loaded = false;
  const mayPersist = () => safeStorage.isEncryptionAvailable() && !choice.read();
  const persist = () => {
    if (memory && mayPersist()) files.write(safeStorage.encryptString(JSON.stringify(memory)));
    else files.remove();
  };
  const read = () => {
    if (loaded || memory) return memory;
    loaded = true;
    if (!mayPersist()) return null;
    const data = files.read();
    if (!data) return null;
    try {
      memory = parseStored(safeStorage.decryptString(data));
    } catch {
      memory = null;
    }
    if (!memory) files.remove();
    return memory;
  };
  const storage = (): SignInStorage => {
    const canChooseMemoryOnly = safeStorage.isEncryptionAvailable();
    const memoryOnly = !mayPersist();
    const protection = memoryOnly ? 'memory' : usesFixedKey(safeStorage) ? 'fixed-key' : 'keychain';
    return { protection, memoryOnly, canChooseMemoryOnly };
  };
  return {
    read,
    write: (grant) => {
      const origin = grant ? serverOrigin(grant.baseUrl) : null;
      memory = grant && origin ? { token: grant.token, origin } : null;
      loaded = true;
      persist();
    },
    tokenFor: (baseUrl) => {
      const kept = read();
      return kept && serverOrigin(baseUrl) === kept.origin ? kept.token : null;
    },
    storage,
    setMemoryOnly: (memoryOnly) => {
      read();
      choice.write(memoryOnly);
      persist();
      return storage();
    },
  };
}

/** Sends one request to the team server with the token (when one is kept for that server), answering status and JSON body. */
export async function sendServerRequest(req: ServerRequest, token: string | null, fetchImpl: typeof fetch): Promise<ServerResponse> {
  const response = await fetchImpl(`${req.baseUrl.replace(/\/+$/, '')}${req.path}`, {
    method: req.method,
    headers: { ...(req.body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: req.body === undefined ? undefined : JSON.stringify(req.body),
    redirect: 'error',
  });
  const text = await response.text();
  try {
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
  } catch {
    return { status: response.status, body: { error: { code: 'bad_response', message: `The server answered something that is not JSON (${response.status})` } } };
  }
}
