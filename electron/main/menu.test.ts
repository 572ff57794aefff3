import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from './menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

describe('native menu', () => {
  it('has keyboard shortcuts for every section, the palette, the theme and logging a touch', () => {
    const send = vi.fn();
    const items = flatten(buildMenuTemplate(send, 'linux'));
    const accelerators = Object.fromEntries(items.filter((i) => i.accelerator).map((i) => [i.label, i.accelerator]));
    expect(accelerators).toMatchObject({
      'Command Palette…': 'CmdOrCtrl+K', Today: 'CmdOrCtrl+1', Accounts: 'CmdOrCtrl+2', Settings: 'CmdOrCtrl+9',
      'Toggle Dark Theme': 'CmdOrCtrl+Shift+L', 'Log a Touch…': 'CmdOrCtrl+Shift+T',
    });
    const accounts = items.find((i) => i.label === 'Accounts');
    (accounts?.click as () => void)();
    expect(send).toHaveBeenCalledWith('go-accounts');
  });

  it('adds the app menu on macOS only', () => {
    expect(buildMenuTemplate(() => undefined, 'darwin')[0]).toEqual({ role: 'appMenu' });
    expect(buildMenuTemplate(() => undefined, 'win32')[0]?.label).toBe('File');
  });
});
