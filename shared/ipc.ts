import { z } from 'zod';
import { menuCommands } from './bridge';

/** The IPC channel names, kept in a dependency-free module so the sandboxed preload bundles no zod. */
export { ipcChannels } from './ipc-channels';

/** Arguments of saveFile, checked by the main process (the renderer is untrusted). */
export const saveFileRequestSchema = z.strictObject({
  suggestedName: z.string().min(1).max(255).regex(/^[^/\\:*?"<>|\0]+$/, 'A file name without path characters'),
  contents: z.string().max(50 * 1024 * 1024),
  mimeType: z.string().max(100),
});

/** Arguments of printToPdf. */
export const printToPdfRequestSchema = z.strictObject({ title: z.string().min(1).max(200) });

/** Arguments of notify. */
export const notifyRequestSchema = z.strictObject({ title: z.string().min(1).max(200), body: z.string().max(2000) });

/** A menu command sent from main to the renderer. */
export const menuCommandSchema = z.enum(menuCommands);
