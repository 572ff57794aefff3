import { describe, expect, it, vi } from 'vitest';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async () => ({ saved: true }));
const on = vi.fn();
const removeListener = vi.fn();
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => { exposed[key] = value; } },
  ipcRenderer: { invoke, on, removeListener },
}));

describe('preload', () => {
  it('exposes only the typed bridge as window.rapport', async () => {
    await import('./index');
    expect(Object.keys(exposed)).toEqual(['rapport']);
    const bridge = exposed.rapport as Record<string, unknown>;
    expect(Object.keys(bridge).sort()).toEqual(['host', 'notify', 'onMenuCommand', 'printToPdf', 'saveFile']);
    expect(bridge.host).toBe('electron');
  });

  it('forwards calls over IPC and unsubscribes menu listeners', async () => {
    await import('./index');
    const bridge = exposed.rapport as { saveFile: (r: unknown) => Promise<unknown>; onMenuCommand: (l: (c: string) => void) => () => void };
    await bridge.saveFile({ suggestedName: 'a.csv', contents: 'x', mimeType: 'text/csv' });
    expect(invoke).toHaveBeenCalledWith('rapport:save-file', { suggestedName: 'a.csv', contents: 'x', mimeType: 'text/csv' });
    const listener = vi.fn();
    const unsubscribe = bridge.onMenuCommand(listener);
    const wrapped = on.mock.calls[0]?.[1] as (e: unknown, c: string) => void;
    wrapped({}, 'go-today');
    expect(listener).toHaveBeenCalledWith('go-today');
    unsubscribe();
    expect(removeListener).toHaveBeenCalledWith('rapport:menu-command', wrapped);
  });
});
