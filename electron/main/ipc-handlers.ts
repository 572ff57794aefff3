import type { z } from 'zod';
import { ipcChannels, notifyRequestSchema, printToPdfRequestSchema, saveFileRequestSchema } from '../../shared/ipc';
import { isTrustedFrame } from './security';

/** The native services the handlers use, passed in so the handlers are testable without Electron. */
export type NativeServices = {
  showSaveDialog: (options: { defaultPath: string; filters?: { name: string; extensions: string[] }[] }) => Promise<{ canceled: boolean; filePath?: string }>;
  writeFile: (path: string, data: string | Uint8Array) => Promise<void>;
  printToPdf: () => Promise<Uint8Array>;
  showNotification: (title: string, body: string) => void;
};

/** The shape of an IPC invoke event we rely on. */
export type InvokeEvent = { senderFrame: { url: string; parent: unknown } | null };

/** A registered handler: channel and function. */
export type IpcHandler = { channel: string; handle: (event: InvokeEvent, arg: unknown) => Promise<unknown> };

/** Refused IPC calls throw this; the renderer sees the message. */
export class IpcRefused extends Error {}

function guarded<S extends z.ZodType, R>(schema: S, run: (arg: z.infer<S>) => Promise<R>) {
  return async (event: InvokeEvent, arg: unknown): Promise<R> => {
    if (!isTrustedFrame(event.senderFrame)) throw new IpcRefused('Refused: the request did not come from the Rapport window');
    const parsed = schema.safeParse(arg);
    if (!parsed.success) throw new IpcRefused(`Refused: invalid arguments (${parsed.error.issues[0]?.message ?? 'bad shape'})`);
    return run(parsed.data);
  };
}

/** The IPC handlers of the bridge: each checks the sender frame and parses its arguments with zod. */
export function createIpcHandlers(native: NativeServices): IpcHandler[] {
  return [
    {
      channel: ipcChannels.saveFile,
      handle: guarded(saveFileRequestSchema, async ({ suggestedName, contents }) => {
        const extension = suggestedName.includes('.') ? suggestedName.split('.').pop() ?? '' : '';
        const choice = await native.showSaveDialog({ defaultPath: suggestedName, filters: extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : undefined });
        if (choice.canceled || !choice.filePath) return { saved: false };
        await native.writeFile(choice.filePath, contents);
        return { saved: true, path: choice.filePath };
      }),
    },
    {
      channel: ipcChannels.printToPdf,
      handle: guarded(printToPdfRequestSchema, async ({ title }) => {
        const choice = await native.showSaveDialog({ defaultPath: `${title.replace(/[/\\:*?"<>|]/g, '-')}.pdf`, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
        if (choice.canceled || !choice.filePath) return { saved: false };
        await native.writeFile(choice.filePath, await native.printToPdf());
        return { saved: true, path: choice.filePath };
      }),
    },
    {
      channel: ipcChannels.notify,
      handle: guarded(notifyRequestSchema, async ({ title, body }) => {
        native.showNotification(title, body);
      }),
    },
  ];
}
