import { describe, expect, it, vi } from 'vitest';
import { ipcChannels } from '../../shared/ipc';
import { createIpcHandlers, pdfFileName, type NativeServices } from './ipc-handlers';

type FakeSender = { id: number };
const storage = { protection: 'fixed-key' as const, memoryOnly: false, canChooseMemoryOnly: true };
const sender: FakeSender = { id: 7 };
const trusted = { senderFrame: { url: 'app://rapport/index.html#/accounts', parent: null }, sender };

function setup(overrides: Partial<NativeServices<FakeSender>> = {}, trustedOrigin?: string) {
  const native: NativeServices<FakeSender> = {
    showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/home/me/accounts.csv' })),
    showOpenFolderDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
    writeFile: vi.fn(async () => undefined),
    printToPdf: vi.fn(async () => new Uint8Array([37, 80, 68, 70])),
    showNotification: vi.fn(),
    mirrorOutbox: vi.fn(async () => undefined),
    server: { request: vi.fn(async () => ({ status: 200, body: { ok: true } })), setToken: vi.fn(), hasToken: vi.fn(() => false), signInStorage: vi.fn(() => storage), setMemoryOnly: vi.fn(() => ({ ...storage, protection: 'memory' as const, memoryOnly: true })), listenForChanges: vi.fn(), stopListening: vi.fn() },
    ...overrides,
  };
  const handlers = new Map(createIpcHandlers(native, trustedOrigin).map((h) => [h.channel, h.handle]));
  const call = (channel: string, event: Parameters<NonNullable<ReturnType<typeof handlers.get>>>[0], arg: unknown) => {
    const handle = handlers.get(channel);
    if (!handle) throw new Error(`no handler for ${channel}`);
    return handle(event, arg);
  };
  return { native, call, channels: [...handlers.keys()] };
}

describe('IPC handlers', () => {
  it('handle exactly the invoke channels of the bridge', () => {
    expect(setup().channels.sort()).toEqual([
      ipcChannels.notify, ipcChannels.printToPdf, ipcChannels.saveFile, ipcChannels.saveFilesToFolder, ipcChannels.mirrorOutbox, ipcChannels.serverRequest, ipcChannels.serverSetToken, ipcChannels.serverHasToken,
      ipcChannels.serverSignInStorage, ipcChannels.serverSetMemoryOnly, ipcChannels.serverEventsStart, ipcChannels.serverEventsStop,
    ].sort());
  });

  it('sends sync-server requests and keeps the token in the main process', async () => {
    const { native, call } = setup();
    await expect(call(ipcChannels.serverRequest, trusted, { baseUrl: 'http://127.0.0.1:8787', method: 'POST', path: '/v1/sync/pull', body: { clientId: 'abcdefgh' } })).resolves.toEqual({ status: 200, body: { ok: true } });
    await call(ipcChannels.serverSetToken, trusted, { token: 'tok-123', baseUrl: 'http://127.0.0.1:8787' });
    expect(native.server.setToken).toHaveBeenCalledWith({ token: 'tok-123', baseUrl: 'http://127.0.0.1:8787' });
    await expect(call(ipcChannels.serverSetToken, trusted, 'tok-without-its-server')).rejects.toThrow(/invalid arguments/);
    await expect(call(ipcChannels.serverHasToken, trusted, undefined)).resolves.toBe(false);
  });

  it('tells how the sign-in is kept, and keeps it in memory only when asked', async () => {
    const { native, call } = setup();
    await expect(call(ipcChannels.serverSignInStorage, trusted, undefined)).resolves.toEqual(storage);
    await expect(call(ipcChannels.serverSetMemoryOnly, trusted, true)).resolves.toMatchObject({ protection: 'memory', memoryOnly: true });
    expect(native.server.setMemoryOnly).toHaveBeenCalledWith(true);
    await expect(call(ipcChannels.serverSetMemoryOnly, trusted, 'yes')).rejects.toThrow(/invalid arguments/);
  });

  it('streams change notifications of an http(s) server to the window that asks, and stops them', async () => {
    const { native, call } = setup();
    await call(ipcChannels.serverEventsStart, trusted, 'https://sync.example.com');
    expect(native.server.listenForChanges).toHaveBeenCalledWith(sender, 'https://sync.example.com');
    await call(ipcChannels.serverEventsStop, trusted, undefined);
    expect(native.server.stopListening).toHaveBeenCalledWith(sender);
    await expect(call(ipcChannels.serverEventsStart, trusted, 'file:///etc/passwd')).rejects.toThrow(/invalid arguments/);
    await expect(call(ipcChannels.serverEventsStart, { ...trusted, senderFrame: { url: 'https://evil.example/', parent: null } }, 'https://sync.example.com')).rejects.toThrow(/did not come from the Rapport window/);
    expect(native.server.listenForChanges).toHaveBeenCalledTimes(1);
  });

  it('mirrors the unsynced outbox to disk, and refuses anything but text', async () => {
    const { native, call } = setup();
    await call(ipcChannels.mirrorOutbox, trusted, '[{"mutationId":1}]');
    expect(native.mirrorOutbox).toHaveBeenCalledWith('[{"mutationId":1}]');
    await expect(call(ipcChannels.mirrorOutbox, trusted, { mutationId: 1 })).rejects.toThrow(/invalid arguments/);
  });

  it('refuses server requests to other schemes or outside the protocol paths', async () => {
    const { native, call } = setup();
    for (const arg of [
      { baseUrl: 'file:///etc', method: 'GET', path: '/v1/health' },
      { baseUrl: 'http://127.0.0.1:8787', method: 'GET', path: '/admin/../etc' },
      { baseUrl: 'http://127.0.0.1:8787', method: 'DELETE', path: '/v1/sync/pull' },
    ]) await expect(call(ipcChannels.serverRequest, trusted, arg)).rejects.toThrow(/invalid arguments/);
    await expect(call(ipcChannels.serverSetToken, { ...trusted, senderFrame: { url: 'https://evil.example/', parent: null } }, { token: 'stolen', baseUrl: 'https://evil.example' })).rejects.toThrow(/did not come from the Rapport window/);
    expect(native.server.request).not.toHaveBeenCalled();
    expect(native.server.setToken).not.toHaveBeenCalled();
  });

  it('save a file where the user picked, offering the file type as a filter', async () => {
    const { native, call } = setup();
    await expect(call(ipcChannels.saveFile, trusted, { suggestedName: 'accounts.csv', contents: 'a,b', mimeType: 'text/csv' })).resolves.toEqual({ saved: true, path: '/home/me/accounts.csv' });
    expect(native.showSaveDialog).toHaveBeenCalledWith({ defaultPath: 'accounts.csv', filters: [{ name: 'CSV', extensions: ['csv'] }] });
    expect(native.writeFile).toHaveBeenCalledWith('/home/me/accounts.csv', 'a,b');
  });

  it('save a binary file (an account ZIP) sent as base64, byte for byte', async () => {
    const { native, call } = setup();
    await call(ipcChannels.saveFile, trusted, { suggestedName: 'acme.zip', contents: Buffer.from([0x50, 0x4b, 3, 4, 0xff]).toString('base64'), mimeType: 'application/zip', encoding: 'base64' });
    expect(native.writeFile).toHaveBeenCalledWith('/home/me/accounts.csv', new Uint8Array([0x50, 0x4b, 3, 4, 0xff]));
  });

  it('write nothing when the user cancels', async () => {
    const { native, call } = setup({ showSaveDialog: vi.fn(async () => ({ canceled: true })) });
    await expect(call(ipcChannels.saveFile, trusted, { suggestedName: 'a.csv', contents: '', mimeType: 'text/csv' })).resolves.toEqual({ saved: false });
    await expect(call(ipcChannels.printToPdf, trusted, { title: 'Pack' })).resolves.toEqual({ saved: false });
    expect(native.writeFile).not.toHaveBeenCalled();
    expect(native.printToPdf).not.toHaveBeenCalled();
  });

  it('print the calling window to the PDF file the user picked', async () => {
    const { native, call } = setup({ showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/tmp/pack.pdf' })) });
    await expect(call(ipcChannels.printToPdf, trusted, { title: 'Review pack: Contoso' })).resolves.toEqual({ saved: true, path: '/tmp/pack.pdf' });
    expect(native.showSaveDialog).toHaveBeenCalledWith({ defaultPath: 'Review pack- Contoso.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    expect(native.printToPdf).toHaveBeenCalledWith(sender);
    expect(native.writeFile).toHaveBeenCalledWith('/tmp/pack.pdf', new Uint8Array([37, 80, 68, 70]));
  });

  it('show notifications', async () => {
    const { native, call } = setup();
    await expect(call(ipcChannels.notify, trusted, { title: 'Commitment due', body: 'Send the SSO roadmap' })).resolves.toBeUndefined();
    expect(native.showNotification).toHaveBeenCalledWith('Commitment due', 'Send the SSO roadmap');
  });

  it('refuse calls from a subframe, another origin or a destroyed frame, on every channel', async () => {
    const { native, call, channels } = setup();
    const frames = [
      { url: 'https://evil.example/', parent: null }, { url: 'app://rapport/index.html', parent: { url: 'app://rapport/' } },
      { url: 'app://rapport.evil/index.html', parent: null }, { url: 'file:///opt/rapport/index.html', parent: null }, null,
    ];
    for (const channel of channels) {
      for (const senderFrame of frames) {
        await expect(call(channel, { senderFrame, sender }, { title: 'x', body: 'y' }), `${channel} ${senderFrame?.url}`).rejects.toThrow(/did not come from the Rapport window/);
      }
    }
    expect(native.showNotification).not.toHaveBeenCalled();
    expect(native.showSaveDialog).not.toHaveBeenCalled();
  });

  it('trust the dev server origin only when told to', async () => {
    const devFrame = { senderFrame: { url: 'http://localhost:5173/', parent: null }, sender };
    await expect(setup().call(ipcChannels.notify, devFrame, { title: 'x', body: '' })).rejects.toThrow(/Rapport window/);
    await expect(setup({}, 'http://localhost:5173').call(ipcChannels.notify, devFrame, { title: 'x', body: '' })).resolves.toBeUndefined();
    await expect(setup({}, 'http://localhost:5173').call(ipcChannels.notify, trusted, { title: 'x', body: '' })).rejects.toThrow(/Rapport window/);
  });

  it('refuse malformed arguments before opening any dialog', async () => {
    const { native, call } = setup();
    const bad = [
      undefined, null, 'text', [], { suggestedName: '../../.bashrc', contents: '', mimeType: 'x' }, { suggestedName: '/etc/passwd', contents: '', mimeType: 'x' },
      { suggestedName: 'a.csv', contents: 5, mimeType: 'x' }, { suggestedName: 'a.csv', contents: '', mimeType: 'x', extra: true }, { suggestedName: '', contents: '', mimeType: 'x' },
    ];
    for (const arg of bad) await expect(call(ipcChannels.saveFile, trusted, arg), JSON.stringify(arg)).rejects.toThrow(/invalid arguments/);
    await expect(call(ipcChannels.printToPdf, trusted, { title: '' })).rejects.toThrow(/invalid arguments/);
    await expect(call(ipcChannels.notify, trusted, { title: 'x' })).rejects.toThrow(/invalid arguments/);
    expect(native.showSaveDialog).not.toHaveBeenCalled();
    expect(native.showNotification).not.toHaveBeenCalled();
  });
});

describe('pdfFileName', () => {
  it('replaces characters file systems refuse and never yields an empty name', () => {
    expect(pdfFileName('Q3 EBR: Contoso / Fabrikam')).toBe('Q3 EBR- Contoso - Fabrikam.pdf');
    expect(pdfFileName('   ')).toBe('Rapport.pdf');
  });
});
