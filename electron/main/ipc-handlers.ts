import type { z } from 'zod';
import type { ServerRequest, ServerResponse, SignInStorage, TokenGrant } from '../../shared/bridge';
import { ipcChannels, memoryOnlySchema, noArgumentsSchema, outboxSnapshotSchema, notifyRequestSchema, printToPdfRequestSchema, saveFileRequestSchema, saveFolderRequestSchema, serverEventsStartSchema, serverRequestSchema, serverTokenSchema } from '../../shared/ipc';
import { saveFilesToFolder, type OpenFolderDialog } from './folder-export';
import { isTrustedFrame } from './security';

/** A save dialog's options and answer (the subset of Electron's we use). */
export type SaveDialog = (options: { defaultPath: string; filters?: { name: string; extensions: string[] }[] }) => Promise<{ canceled: boolean; filePath?: string }>;

/** The native services the handlers use, passed in so the handlers are testable without Electron. */
export type NativeServices<Sender> = {
  showSaveDialog: SaveDialog;
  /** The folder picker (for saving several files in a new sub-folder). */
  showOpenFolderDialog: OpenFolderDialog;
  writeFile: (path: string, data: string | Uint8Array) => Promise<void>;
  /** Renders the page of the calling webContents as a PDF. */
  printToPdf: (sender: Sender) => Promise<Uint8Array>;
  showNotification: (title: string, body: string) => void;
  /** Writes the outbox snapshot to its file (replacing the previous one atomically). */
  mirrorOutbox: (snapshot: string) => Promise<void>;
  /** The team server: requests carry the token kept in this process. */
  server: {
    request: (req: ServerRequest) => Promise<ServerResponse>;
    setToken: (grant: TokenGrant | null) => void;
    hasToken: () => boolean;
    signInStorage: () => SignInStorage;
    setMemoryOnly: (memoryOnly: boolean) => SignInStorage;
    /** Streams the server's change notifications to the calling window (replacing its earlier stream). */
    listenForChanges: (sender: Sender, baseUrl: string) => void;
    stopListening: (sender: Sender) => void;
  };
};

/** The shape of an IPC invoke event we rely on. */
export type InvokeEvent<Sender> = { senderFrame: { url: string; parent: unknown } | null; sender: Sender };

/** A handler to register with ipcMain.handle. */
export type IpcHandler<Sender> = { channel: string; handle: (event: InvokeEvent<Sender>, arg: unknown) => Promise<unknown> };

/** Refused IPC calls throw this; the renderer sees the message. */
export class IpcRefused extends Error {}

/** A PDF file name from a document title, without characters no file system accepts. */
export function pdfFileName(title: string): string {
  return `${title.replace(/[/\\:*?"<>|\0]/g, '-').trim() || 'Rapport'}.pdf`;
}

/**
 * The IPC handlers of the bridge. Each refuses calls that do not come from the main frame of the trusted
 * origin, and arguments that do not parse with the shared zod schema, before touching anything native.
 */
export function createIpcHandlers<Sender>(native: NativeServices<Sender>, trustedOrigin?: string): IpcHandler<Sender>[] {
  function guarded<S extends z.ZodType, R>(schema: S, run: (arg: z.infer<S>, sender: Sender) => Promise<R>) {
    return async (event: InvokeEvent<Sender>, arg: unknown): Promise<R> => {
      if (!isTrustedFrame(event.senderFrame, trustedOrigin)) throw new IpcRefused('Refused: the request did not come from the Rapport window');
      const parsed = schema.safeParse(arg);
      if (!parsed.success) throw new IpcRefused(`Refused: invalid arguments (${parsed.error.issues[0]?.message ?? 'bad shape'})`);
      return run(parsed.data, event.sender);
    };
  }

  async function saveTo(defaultPath: string, extension: string, data: () => Promise<string | Uint8Array>) {
    const filters = extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : undefined;
    const choice = await native.showSaveDialog({ defaultPath, filters });
    if (choice.canceled || !choice.filePath) return { saved: false };
    await native.writeFile(choice.filePath, await data());
    return { saved: true, path: choice.filePath };
  }

  return [
    {
      channel: ipcChannels.saveFile,
      handle: guarded(saveFileRequestSchema, ({ suggestedName, contents, encoding }) => {
        const extension = suggestedName.includes('.') ? (suggestedName.split('.').pop() ?? '') : '';
        return saveTo(suggestedName, extension, async () => (encoding === 'base64' ? new Uint8Array(Buffer.from(contents, 'base64')) : contents));
      }),
    },
    { channel: ipcChannels.saveFilesToFolder, handle: guarded(saveFolderRequestSchema, (req) => saveFilesToFolder(native.showOpenFolderDialog, req)) },
    {
      channel: ipcChannels.printToPdf,
      handle: guarded(printToPdfRequestSchema, ({ title }, sender) => saveTo(pdfFileName(title), 'pdf', () => native.printToPdf(sender))),
    },
    {
      channel: ipcChannels.notify,
      handle: guarded(notifyRequestSchema, async ({ title, body }) => {
        native.showNotification(title, body);
      }),
    },
    { channel: ipcChannels.mirrorOutbox, handle: guarded(outboxSnapshotSchema, (snapshot) => native.mirrorOutbox(snapshot)) },
    { channel: ipcChannels.serverRequest, handle: guarded(serverRequestSchema, (req) => native.server.request(req)) },
    { channel: ipcChannels.serverSetToken, handle: guarded(serverTokenSchema, async (grant) => { native.server.setToken(grant); }) },
    { channel: ipcChannels.serverHasToken, handle: guarded(noArgumentsSchema, async () => native.server.hasToken()) },
    { channel: ipcChannels.serverSignInStorage, handle: guarded(noArgumentsSchema, async () => native.server.signInStorage()) },
    { channel: ipcChannels.serverSetMemoryOnly, handle: guarded(memoryOnlySchema, async (memoryOnly) => native.server.setMemoryOnly(memoryOnly)) },
    { channel: ipcChannels.serverEventsStart, handle: guarded(serverEventsStartSchema, async (baseUrl, sender) => { native.server.listenForChanges(sender, baseUrl); }) },
    { channel: ipcChannels.serverEventsStop, handle: guarded(noArgumentsSchema, async (_none, sender) => { native.server.stopListening(sender); }) },
  ];
}
