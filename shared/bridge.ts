/**
 * The one contract between the renderer and its host: implemented by the Electron preload
 * (over IPC) and by the web bridge (browser APIs) for web mode. Types only.
 */

/** Commands the native menu (or its web stand-in) sends to the app. */
export const menuCommands = [
  'go-today', 'go-accounts', 'go-commitments', 'go-escalations', 'go-reviews', 'go-surveys',
  'go-recovery', 'go-reports', 'go-settings', 'command-palette', 'toggle-theme', 'log-touch',
] as const;
/** A command sent by the native menu. */
export type MenuCommand = (typeof menuCommands)[number];

/** Where the renderer runs. */
export type HostKind = 'electron' | 'web';

/** A file to save: in Electron a save dialog, in web mode a download. */
export type SaveFileRequest = { suggestedName: string; contents: string; mimeType: string; encoding?: 'utf8' | 'base64' };

/** Files to save together in a new folder: in Electron a sub-folder (named `folderName`) of a folder the user picks; in web mode one ZIP download named after it. */
export type SaveFolderRequest = { folderName: string; files: { name: string; contents: string }[] };

/** What saving a folder did: `saved` is false when the user cancelled; `files` are the names written. */
export type SaveFolderResult = { saved: boolean; path?: string; files?: string[] };

/** A desktop notification. */
export type NotificationRequest = { title: string; body: string };

/** A request to the team sync server; the host adds the stored bearer token. */
export type ServerRequest = { baseUrl: string; method: 'GET' | 'POST' | 'PATCH'; path: string; body?: unknown };

/** The server's answer: its status and JSON body (null when empty). A network failure rejects. */
export type ServerResponse = { status: number; body: unknown };

/** A token from a login and the server address it was issued by; the host sends it to that origin only. */
export type TokenGrant = { token: string; baseUrl: string };

/**
 * How the kept sign-in is protected on this device:
 * - 'keychain': encrypted with the operating system's keychain;
 * - 'fixed-key': Linux without a keyring: encrypted with a key built into the app, so anyone who can
 *   read this user's files can read it;
 * - 'memory': kept only while the app runs (chosen, or no encryption available): sign in at each start;
 * - 'session': web mode: kept until the browser tab closes.
 */
export type SignInProtection = 'keychain' | 'fixed-key' | 'memory' | 'session';

/** Where the sign-in is kept, and whether the user may choose memory only. */
export type SignInStorage = { protection: SignInProtection; memoryOnly: boolean; canChooseMemoryOnly: boolean };

/** The typed bridge exposed as `window.rapport`. */
export type RapportBridge = {
  /** Which host implements this bridge. */
  host: HostKind;
  /** Saves text to a file the user picks; `saved` is false when they cancel. */
  saveFile: (req: SaveFileRequest) => Promise<{ saved: boolean; path?: string }>;
  /** Saves several files (contents in base64) in a new folder the user places (Electron) or as one ZIP download (web). */
  saveFilesToFolder: (req: SaveFolderRequest) => Promise<SaveFolderResult>;
  /** Prints the current view to PDF (Electron) or opens the print dialog (web). */
  printToPdf: (req: { title: string }) => Promise<{ saved: boolean; path?: string }>;
  /** Shows a desktop notification. */
  notify: (n: NotificationRequest) => Promise<void>;
  /** Subscribes to native menu commands; returns the unsubscribe function. */
  onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
  /** Keeps a copy of the unsynced edits outside browser storage (Electron: a file in the app's data folder; web: nothing). */
  mirrorOutbox: (snapshot: string) => Promise<void>;
  /**
   * The team server, reached by the host: in Electron the main process keeps the token (encrypted
   * with safeStorage) and sends the requests; in web mode the token lives in session storage.
   */
  server: {
    request: (req: ServerRequest) => Promise<ServerResponse>;
    /** Keeps the token from a login, bound to the origin of its server (null forgets it). */
    setToken: (grant: TokenGrant | null) => Promise<void>;
    /** Whether a token is kept. */
    hasToken: () => Promise<boolean>;
    /** How the kept sign-in is protected here (for Settings to say honestly). */
    signInStorage: () => Promise<SignInStorage>;
    /** Keeps the sign-in in memory only (never on disk), or again on disk; answers the new state. */
    setMemoryOnly: (memoryOnly: boolean) => Promise<SignInStorage>;
    /**
     * Listens to the server's change notifications with the kept token (Electron: streamed by the
     * main process; web: fetched by the page); returns the function that stops listening. Reconnects
     * are the caller's.
     */
    listenForChanges: (baseUrl: string, listener: (event: { version: number }) => void) => () => void;
  };
};
