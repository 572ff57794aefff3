import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/bridge';

/** The sidebar sections in order: CmdOrCtrl+1 … CmdOrCtrl+9. */
export const sectionShortcuts: readonly (readonly [MenuCommand, string])[] = [
  ['go-today', 'Today'], ['go-accounts', 'Accounts'], ['go-commitments', 'Commitments'], ['go-escalations', 'Escalations'],
  ['go-reviews', 'Reviews'], ['go-surveys', 'Surveys'], ['go-recovery', 'Recovery'], ['go-reports', 'Reports'], ['go-settings', 'Settings'],
];

/** Where the menu is built: the platform decides the app menu, `devTools` adds the developer items. */
export type MenuOptions = { platform: string; devTools: boolean };

/** The native menu: File, Edit, Go (sections and the palette), View, Window; app commands go to `send`. */
export function buildMenuTemplate(send: (command: MenuCommand) => void, { platform, devTools }: MenuOptions): MenuItemConstructorOptions[] {
  const item = (label: string, command: MenuCommand, accelerator: string): MenuItemConstructorOptions => ({ label, accelerator, click: () => send(command) });
  const mac = platform === 'darwin';
  const developer: MenuItemConstructorOptions[] = devTools ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }] : [];
  return [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [item('Log a Touch…', 'log-touch', 'CmdOrCtrl+Shift+T'), { type: 'separator' }, mac ? { role: 'close' } : { role: 'quit' }],
    },
    { role: 'editMenu' },
    {
      label: 'Go',
      submenu: [
        item('Command Palette…', 'command-palette', 'CmdOrCtrl+K'),
        { type: 'separator' },
        ...sectionShortcuts.map(([command, label], i) => item(label, command, `CmdOrCtrl+${i + 1}`)),
      ],
    },
    {
      label: 'View',
      submenu: [
        item('Toggle Dark Theme', 'toggle-theme', 'CmdOrCtrl+Shift+L'), { type: 'separator' }, ...developer,
        { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
}
