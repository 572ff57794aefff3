import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RapportBridge } from '../../shared/bridge';
import { ipcChannels } from '../../shared/ipc-channels';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (_channel: string, _arg: unknown): Promise<unknown> => ({ saved: true })),
  on: vi.fn(),
  removeListener: vi.fn(),
  send: vi.fn(),
  sendSync: vi.fn(),
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value) },
  ipcRenderer: { invoke: electron.invoke, on: electron.on, removeListener: electron.removeListener, send: electron.send, sendSync: electron.sendSync },
}));

async function loadBridge(): Promise<RapportBridge> {
  vi.resetModules();
  electron.exposed.clear();
  await import('./index');
  return electron.exposed.get('rapport') as RapportBridge;
}

describe('preload', () => {
  beforeEach(() => vi.clearAllMocks());

  it('routes team-server calls to the main process, which holds the token', async () => {
    const bridge = await loadBridge();
    const req = { baseUrl: 'http://127.0.0.1:8787', method: 'POST' as const, path: '/v1/sync/pull', body: {} };
    await bridge.server.request(req);
    const grant = { token: 'tok', baseUrl: 'http://127.0.0.1:8787' };
    await bridge.server.setToken(grant);
    await bridge.server.hasToken();
    await bridge.server.signInStorage();
    await bridge.server.setMemoryOnly(true);
    expect(electron.invoke.mock.calls).toEqual([[ipcChannels.serverRequest, req], [ipcChannels.serverSetToken, grant], [ipcChannels.serverHasToken], [ipcChannels.serverSignInStorage], [ipcChannels.serverSetMemoryOnly, true]]);
  });

  it('passes on the server\u2019s change notifications the main process streams, and stops them', async () => {
    const bridge = await loadBridge();
    const heard: unknown[] = [];
    const stop = bridge.server.listenForChanges('http://127.0.0.1:8787', (event) => heard.push(event));
    expect(electron.invoke).toHaveBeenCalledWith(ipcChannels.serverEventsStart, 'http://127.0.0.1:8787');
    const [channel, forward] = electron.on.mock.calls.at(-1) as [string, (event: unknown, arg: unknown) => void];
    expect(channel).toBe(ipcChannels.serverEvent);
    forward({ sender: 'ipc internals' }, { version: 12 });
    forward({}, { version: 'not a number' });
    forward({}, null);
    expect(heard).toEqual([{ version: 12 }]);
    stop();
    expect(electron.removeListener).toHaveBeenCalledWith(ipcChannels.serverEvent, forward);
    expect(electron.invoke).toHaveBeenLastCalledWith(ipcChannels.serverEventsStop);
  });

  it('only ever uses the declared channels, whatever the page calls', async () => {
    const bridge = await loadBridge();
    await bridge.saveFile({ suggestedName: 'a.csv', contents: 'x', mimeType: 'text/csv' });
    await bridge.printToPdf({ title: 'Pack' });
    await bridge.notify({ title: 'Due', body: 'Now' });
    await bridge.mirrorOutbox('[]');
    bridge.onMenuCommand(() => undefined)();
    await bridge.server.request({ baseUrl: 'http://127.0.0.1:8787', method: 'GET', path: '/v1/me' });
    await bridge.server.setToken(null);
    await bridge.server.hasToken();
    await bridge.server.signInStorage();
    await bridge.server.setMemoryOnly(false);
    bridge.server.listenForChanges('http://127.0.0.1:8787', () => undefined)();
    const used = [electron.invoke, electron.on, electron.removeListener].flatMap((spy) => spy.mock.calls.map((call) => call[0]));
    const declared: unknown[] = Object.values(ipcChannels);
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((channel) => !declared.includes(channel))).toEqual([]);
    expect(electron.send).not.toHaveBeenCalled();
    expect(electron.sendSync).not.toHaveBeenCalled();
  });

  it('exposes only the typed bridge, as window.rapport', async () => {
    const bridge = await loadBridge();
    expect([...electron.exposed.keys()]).toEqual(['rapport']);
    expect(Object.keys(bridge).sort()).toEqual(['host', 'mirrorOutbox', 'notify', 'onMenuCommand', 'printToPdf', 'saveFile', 'saveFilesToFolder', 'server']);
    expect(bridge.host).toBe('electron');
  });

  it('forwards each call to its invoke channel and returns the answer', async () => {
    const bridge = await loadBridge();
    const file = { suggestedName: 'a.csv', contents: 'x', mimeType: 'text/csv' };
    await expect(bridge.saveFile(file)).resolves.toEqual({ saved: true });
    await bridge.printToPdf({ title: 'Pack' });
    await bridge.notify({ title: 'Due', body: 'Now' });
    expect(electron.invoke.mock.calls).toEqual([
      [ipcChannels.saveFile, file], [ipcChannels.printToPdf, { title: 'Pack' }], [ipcChannels.notify, { title: 'Due', body: 'Now' }],
    ]);
  });

  it('passes menu commands without the IPC event, drops unknown ones, and unsubscribes', async () => {
    const bridge = await loadBridge();
    const listener = vi.fn();
    const unsubscribe = bridge.onMenuCommand(listener);
    const [channel, forward] = electron.on.mock.calls[0] as [string, (event: unknown, command: unknown) => void];
    expect(channel).toBe(ipcChannels.menuCommand);
    forward({ sender: 'secret' }, 'go-today');
    forward({}, 'rm -rf');
    forward({}, { command: 'go-today' });
    expect(listener.mock.calls).toEqual([['go-today']]);
    unsubscribe();
    expect(electron.removeListener).toHaveBeenCalledWith(ipcChannels.menuCommand, forward);
  });
});
