import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SaveFolderRequest, SaveFolderResult } from '../../shared/bridge';

/** A folder picker's options and answer (the subset of Electron's showOpenDialog we use). */
export type OpenFolderDialog = (options: { title: string; buttonLabel: string; properties: ('openDirectory' | 'createDirectory')[] }) => Promise<{ canceled: boolean; filePaths: string[] }>;

const windowsReserved = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/**
 * A name safe as one file or folder name on every desktop system: path separators and characters
 * Windows refuses become "-", control characters go, leading dots and trailing dots/spaces are
 * trimmed (no hidden files, no "..") and reserved device names get a "_" in front; never empty.
 */
export function safeFileName(name: string, fallback = 'file'): string {
  let out = name.replace(/[/\\:*?"<>|]/g, '-').split('').filter((ch) => ch.charCodeAt(0) >= 32).join('')
    .replace(/\s+/g, ' ').replace(/^[.\s]+/, '').replace(/[.\s]+$/, '').slice(0, 150).trim();
  if (windowsReserved.test(out)) out = `_${out}`;
  return out || fallback;
}

/** Names made unique (case-insensitively, as on macOS and Windows): a repeat gets " (2)", " (3)" … before its extension. */
export function uniqueNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const dot = name.lastIndexOf('.');
    const [base, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) candidate = `${base} (${n})${ext}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

const isAlreadyThere = (e: unknown) => typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'EEXIST';

/** Creates a new folder `name` in `parent` — "name (2)" … when it exists, so nothing already there is touched. Returns its path. */
async function newFolder(parent: string, name: string): Promise<string> {
  for (let n = 1; n < 1000; n += 1) {
    const dir = path.join(parent, n === 1 ? name : `${name} (${n})`);
    try {
      await mkdir(dir);
      return dir;
    } catch (e) {
      if (!isAlreadyThere(e)) throw e;
    }
  }
  throw new Error(`Could not create a new folder named ${name} in ${parent}`);
}

/**
 * Saves files in a new sub-folder of a folder the user picks: the sub-folder is named after the
 * request (a new one, never an existing one), every file name is made safe and unique, and each file
 * is created exclusively inside it (nothing is overwritten, nothing lands outside it).
 * `request` must already be validated (see saveFolderRequestSchema).
 */
export async function saveFilesToFolder(pickFolder: OpenFolderDialog, request: SaveFolderRequest): Promise<SaveFolderResult> {
  const choice = await pickFolder({ title: 'Choose where to put the trip folder', buttonLabel: 'Save here', properties: ['openDirectory', 'createDirectory'] });
  const parent = choice.filePaths[0];
  if (choice.canceled || !parent) return { saved: false };
  const dir = await newFolder(parent, safeFileName(request.folderName, 'Rapport'));
  const names = uniqueNames(request.files.map((f) => safeFileName(f.name)));
  for (const [i, file] of request.files.entries()) {
    const target = path.join(dir, names[i] ?? 'file');
    if (path.dirname(target) !== dir) throw new Error(`Refused to write ${file.name} outside the new folder`);
    await writeFile(target, Buffer.from(file.contents, 'base64'), { flag: 'wx' });
  }
  return { saved: true, path: dir, files: names };
}
