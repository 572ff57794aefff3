import { describe, expect, it, vi } from 'vitest';
import { ipcChannels } from '../../shared/ipc-channels';
import { createIpcHandlers, type NativeServices } from './ipc-handlers';

const trusted = { senderFrame: { url: 'app://rapport/index.html', parent: null } };

function setup(overrides: Partial<NativeServices> = {}) {
  const native: NativeServices = {
    showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/home/me/accounts.csv' })),
    writeFile: vi.fn(async () => undefined),
    printToPdf: vi.fn(async () => new Uint8Array([37, 80, 68, 70])),
    showNotification: vi.fn(),
    ...overrides,
  };
  const handlers = Object.fromEntries(createIpcHandlers(native).map((h) => [h.channel, h.handle]));
  const call = (channel: string, event: unknown, arg: unknown) => {
    const handle = handlers[channel];
    if (!handle) throw new Error(`no handler for ${channel}`);
    return handle(event as never, arg);
  };
  return { native, call };
}

describe('IPC handlers', () => {
  it('saves a file the user picked', async () => {
    const { native, call } = setup();
    await expect(call(ipcChannels.saveFile, trusted, { suggestedName: 'accounts.csv', contents: 'a,b', mimeType: 'text/csv' })).resolves.toEqual({ saved: true, path: '/home/me/accounts.csv' });
    expect(native.writeFile).toHaveBeenCalledWith('/home/me/accounts.csv', 'a,b');
  });

  it('writes nothing when the user cancels', async () => {
    const { native, call } = setup({ showSaveDialog: vi.fn(async () => ({ canceled: true })) });
    await expect(call(ipcChannels.saveFile, trusted, { suggestedName: 'a.csv', contents: '', mimeType: 'text/csv' })).resolves.toEqual({ saved: false });
    expect(native.writeFile).not.toHaveBeenCalled();
  });

  it('prints to a PDF file', async () => {
    const { native, call } = setup({ showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/tmp/pack.pdf' })) });
    await expect(call(ipcChannels.printToPdf, trusted, { title: 'Review pack: Contoso' })).resolves.toEqual({ saved: true, path: '/tmp/pack.pdf' });
    expect(native.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: 'Review pack- Contoso.pdf' }));
    expect(native.writeFile).toHaveBeenCalledWith('/tmp/pack.pdf', new Uint8Array([37, 80, 68, 70]));
  });

  it('refuses calls from another frame or origin', async () => {
    const { native, call } = setup();
    for (const senderFrame of [{ url: 'https://evil.example/', parent: null }, { url: 'app://rapport/index.html', parent: {} }, null]) {
      await expect(call(ipcChannels.notify, { senderFrame }, { title: 'x', body: 'y' })).rejects.toThrow(/did not come from the Rapport window/);
    }
    expect(native.showNotification).not.toHaveBeenCalled();
  });

  it('refuses malformed arguments', async () => {
    const { native, call } = setup();
    for (const arg of [undefined, null, 'text', { suggestedName: '../../.bashrc', contents: '', mimeType: 'x' }, { suggestedName: 'a.csv', contents: 5, mimeType: 'x' }, { suggestedName: 'a.csv', contents: '', mimeType: 'x', extra: true }]) {
      await expect(call(ipcChannels.saveFile, trusted, arg)).rejects.toThrow(/invalid arguments/);
    }
    expect(native.showSaveDialog).not.toHaveBeenCalled();
  });

  it('shows notifications', async () => {
    const { native, call } = setup();
    await call(ipcChannels.notify, trusted, { title: 'Commitment due', body: 'Send the SSO roadmap' });
    expect(native.showNotification).toHaveBeenCalledWith('Commitment due', 'Send the SSO roadmap');
  });
});
