import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuCommands } from '../../shared/bridge';
import { buildMenuTemplate } from './menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

const linux = { platform: 'linux', devTools: false };

describe('native menu', () => {
  it('binds the sections to CmdOrCtrl+1…9 in sidebar order, and the palette, theme and touch shortcuts', () => {
    const items = flatten(buildMenuTemplate(vi.fn(), linux));
    const accelerators = Object.fromEntries(items.filter((i) => i.accelerator).map((i) => [i.label, i.accelerator]));
    expect(accelerators).toEqual({
      Today: 'CmdOrCtrl+1', Accounts: 'CmdOrCtrl+2', Commitments: 'CmdOrCtrl+3', Escalations: 'CmdOrCtrl+4', Reviews: 'CmdOrCtrl+5',
      Surveys: 'CmdOrCtrl+6', Recovery: 'CmdOrCtrl+7', Reports: 'CmdOrCtrl+8', Settings: 'CmdOrCtrl+9',
      'Command Palette…': 'CmdOrCtrl+K', 'Toggle Dark Theme': 'CmdOrCtrl+Shift+L', 'Log a Touch…': 'CmdOrCtrl+Shift+T',
    });
  });

  it('sends every menu command, and only menu commands, when clicked', () => {
    const send = vi.fn();
    const clickable = flatten(buildMenuTemplate(send, linux)).filter((i) => i.click);
    for (const i of clickable) (i.click as () => void)();
    expect(send.mock.calls.map(([c]) => c).sort()).toEqual([...menuCommands].sort());
  });

  it('has no duplicate accelerators', () => {
    const accelerators = flatten(buildMenuTemplate(vi.fn(), linux)).flatMap((i) => (i.accelerator ? [i.accelerator] : []));
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('uses the standard edit, window and zoom roles', () => {
    const roles = flatten(buildMenuTemplate(vi.fn(), linux)).flatMap((i) => (i.role ? [i.role] : []));
    expect(roles).toEqual(expect.arrayContaining(['editMenu', 'windowMenu', 'quit', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']));
  });

  it('offers reload and developer tools only in development', () => {
    const roles = (devTools: boolean) => flatten(buildMenuTemplate(vi.fn(), { platform: 'linux', devTools })).flatMap((i) => (i.role ? [i.role] : []));
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
  });

  it('adds the app menu and closes instead of quitting on macOS only', () => {
    const mac = buildMenuTemplate(vi.fn(), { platform: 'darwin', devTools: false });
    expect(mac[0]).toEqual({ role: 'appMenu' });
    expect(flatten(mac).map((i) => i.role)).toContain('close');
    expect(buildMenuTemplate(vi.fn(), { platform: 'win32', devTools: false })[0]?.label).toBe('File');
  });
});
