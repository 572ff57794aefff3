import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ipcChannels } from '../../shared/ipc';
import { safeFileName, saveFilesToFolder, uniqueNames, type OpenFolderDialog } from './folder-export';
import { createIpcHandlers, type NativeServices } from './ipc-handlers';

const b64 = (text: string) => Buffer.from(text).toString('base64');
const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'rapport-trip-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });
const picks = (dir: string | null): OpenFolderDialog => vi.fn(async () => (dir ? { canceled: false, filePaths: [dir] } : { canceled: true, filePaths: [] }));

describe('file names for a folder', () => {
  it('keeps names inside the folder: no separators, no dot-dot, no hidden files, no device names', () => {
    expect(safeFileName('../../etc/passwd')).toBe('-..-etc-passwd');
    expect(safeFileName('..')).toBe('file');
    expect(safeFileName('.bashrc')).toBe('bashrc');
    expect(safeFileName('a\\b:c*?.pdf')).toBe('a-b-c--.pdf');
    expect(safeFileName('CON.pdf')).toBe('_CON.pdf');
    expect(safeFileName('Brief\u0000\n.pdf. ')).toBe('Brief.pdf');
  });
  it('numbers repeated names, whatever their case', () => {
    expect(uniqueNames(['Acme.pdf', 'acme.pdf', 'Acme.pdf', 'Notes'])).toEqual(['Acme.pdf', 'acme (2).pdf', 'Acme (3).pdf', 'Notes']);
  });
});

describe('saving files in a new folder', () => {
  it('creates a sub-folder named after the trip in the folder picked, with every file in it', async () => {
    const parent = tempDir();
    const pick = picks(parent);
    const result = await saveFilesToFolder(pick, { folderName: 'Trip 2026-12-01', files: [{ name: 'Acme - brief.pdf', contents: b64('brief') }, { name: 'Acme - QBR.pdf', contents: b64('pack') }] });
    expect(pick).toHaveBeenCalledWith(expect.objectContaining({ properties: ['openDirectory', 'createDirectory'] }));
    const dir = path.join(parent, 'Trip 2026-12-01');
    expect(result).toEqual({ saved: true, path: dir, files: ['Acme - brief.pdf', 'Acme - QBR.pdf'] });
    expect(readFileSync(path.join(dir, 'Acme - QBR.pdf'), 'utf8')).toBe('pack');
    expect(readdirSync(dir).sort()).toEqual(['Acme - QBR.pdf', 'Acme - brief.pdf']);
  });

  it('never touches what is there: an existing folder of that name gets a new sibling "(2)"', async () => {
    const parent = tempDir();
    mkdirSync(path.join(parent, 'Trip'));
    writeFileSync(path.join(parent, 'Trip', 'Acme.pdf'), 'mine');
    const result = await saveFilesToFolder(picks(parent), { folderName: 'Trip', files: [{ name: 'Acme.pdf', contents: b64('new') }, { name: 'ACME.pdf', contents: b64('other') }] });
    expect(result.path).toBe(path.join(parent, 'Trip (2)'));
    expect(readFileSync(path.join(parent, 'Trip', 'Acme.pdf'), 'utf8')).toBe('mine');
    expect(readdirSync(path.join(parent, 'Trip (2)')).sort()).toEqual(['ACME (2).pdf', 'Acme.pdf']);
  });

  it('writes nothing outside the new folder, even for names that try', async () => {
    const parent = tempDir();
    const result = await saveFilesToFolder(picks(parent), { folderName: '../escape', files: [{ name: '../../outside.pdf', contents: b64('x') }] });
    expect(readdirSync(parent)).toEqual(['-escape']);
    expect(result.files).toEqual(['-..-outside.pdf']);
    expect(readdirSync(path.join(parent, '-escape'))).toEqual(['-..-outside.pdf']);
  });

  it('does nothing when the user cancels the folder picker', async () => {
    await expect(saveFilesToFolder(picks(null), { folderName: 'Trip', files: [{ name: 'a.pdf', contents: b64('a') }] })).resolves.toEqual({ saved: false });
  });
});

describe('the saveFilesToFolder IPC handler', () => {
  const sender = { id: 1 };
  function handler(pick: OpenFolderDialog) {
    const native = { showOpenFolderDialog: pick } as unknown as NativeServices<typeof sender>;
    const found = createIpcHandlers(native).find((h) => h.channel === ipcChannels.saveFilesToFolder);
    if (!found) throw new Error('no handler');
    return found.handle;
  }
  const trusted = { senderFrame: { url: 'app://rapport/index.html#/reviews', parent: null }, sender };

  it('refuses a call from another frame or origin before opening any dialog', async () => {
    const pick = picks(tempDir());
    const handle = handler(pick);
    const req = { folderName: 'Trip', files: [{ name: 'a.pdf', contents: b64('a') }] };
    await expect(handle({ senderFrame: { url: 'https://evil.example/', parent: null }, sender }, req)).rejects.toThrow(/did not come from the Rapport window/);
    await expect(handle({ senderFrame: { url: 'app://rapport/index.html', parent: {} }, sender }, req)).rejects.toThrow(/did not come from the Rapport window/);
    expect(pick).not.toHaveBeenCalled();
  });

  it('refuses names with path characters, contents that are not base64, and empty or extra fields', async () => {
    const pick = picks(tempDir());
    const handle = handler(pick);
    for (const bad of [
      { folderName: 'a/b', files: [{ name: 'a.pdf', contents: b64('a') }] },
      { folderName: '..', files: [{ name: 'a.pdf', contents: b64('a') }] },
      { folderName: 'Trip\n', files: [{ name: 'a.pdf', contents: b64('a') }] },
      { folderName: 'Trip', files: [{ name: '..\\x.pdf', contents: b64('a') }] },
      { folderName: 'Trip', files: [{ name: 'a.pdf', contents: 'not base64!' }] },
      { folderName: 'Trip', files: [] },
      { folderName: 'Trip', files: [{ name: 'a.pdf', contents: b64('a'), path: '/etc' }] },
    ]) await expect(handle(trusted, bad)).rejects.toThrow(/invalid arguments/);
    expect(pick).not.toHaveBeenCalled();
  });

  it('saves a valid request from the Rapport window', async () => {
    const parent = tempDir();
    await expect(handler(picks(parent))(trusted, { folderName: 'Trip', files: [{ name: 'a.pdf', contents: b64('a') }] })).resolves.toMatchObject({ saved: true, files: ['a.pdf'] });
    expect(readFileSync(path.join(parent, 'Trip', 'a.pdf'), 'utf8')).toBe('a');
  });
});
