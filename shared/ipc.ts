import { z } from 'zod';
import { menuCommands } from './bridge';

/** The IPC channel names, kept in a dependency-free module so the sandboxed preload bundles no zod. */
export { ipcChannels } from './ipc-channels';

/** Arguments of saveFile, checked by the main process (the renderer is untrusted). */
export const saveFileRequestSchema = z.strictObject({
  suggestedName: z.string().min(1).max(255).regex(/^[^/\\:*?"<>|\0]+$/, 'A file name without path characters'),
  contents: z.string().max(50 * 1024 * 1024),
  mimeType: z.string().max(100),
  /** `base64` for binary files (an account's ZIP); text otherwise. */
  encoding: z.enum(['utf8', 'base64']).optional(),
});

/** A file or folder name the renderer proposes: no path characters, no control characters, not "." or "..". */
const plainNameSchema = z.string().min(1).max(200).regex(/^[^/\\:*?"<>|]+$/, 'A name without path characters')
  .refine((n) => [...n].every((ch) => ch.charCodeAt(0) >= 32), 'A name without control characters')
  .refine((n) => n.trim() !== '.' && n.trim() !== '..', 'A name, not a path');

/** Arguments of saveFilesToFolder: a folder name and up to 500 files in base64 (200 MB in all). */
export const saveFolderRequestSchema = z.strictObject({
  folderName: plainNameSchema,
  files: z.array(z.strictObject({ name: plainNameSchema, contents: z.string().max(50 * 1024 * 1024).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Base64 contents') })).min(1).max(500),
}).refine((r) => r.files.reduce((n, f) => n + f.contents.length, 0) <= 200 * 1024 * 1024, 'At most 200 MB in one folder');

/** Arguments of printToPdf. */
export const printToPdfRequestSchema = z.strictObject({ title: z.string().min(1).max(200) });

/** Arguments of notify. */
export const notifyRequestSchema = z.strictObject({ title: z.string().min(1).max(200), body: z.string().max(2000) });

/** A menu command sent from main to the renderer. */
export const menuCommandSchema = z.enum(menuCommands);

/** An http(s) server address. */
const serverBaseUrlSchema = z.string().max(2000).regex(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, 'The server address starts with http:// or https://');

/** The server whose change notifications a window wants. */
export const serverEventsStartSchema = serverBaseUrlSchema;

/** A request to the team server: an http(s) base URL and a protocol path only. */
export const serverRequestSchema = z.strictObject({
  baseUrl: serverBaseUrlSchema,
  method: z.enum(['GET', 'POST', 'PATCH']),
  path: z.string().regex(/^\/v1\/[a-z/]+$/, 'Only the sync protocol paths'),
  body: z.unknown().optional(),
});

/** A token to keep with the server address it was issued by (or null to forget it). */
export const serverTokenSchema = z.strictObject({ token: z.string().min(1).max(4096), baseUrl: serverBaseUrlSchema }).nullable();

/** Whether to keep the sign-in in memory only. */
export const memoryOnlySchema = z.boolean();

/** Calls without arguments. */
export const noArgumentsSchema = z.undefined();

/** A JSON snapshot of the unsynced outbox to keep on disk. */
export const outboxSnapshotSchema = z.string().max(100 * 1024 * 1024);
