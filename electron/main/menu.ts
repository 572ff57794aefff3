import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/bridge';

const sections: [MenuCommand, string][] = [
  ['go-today', 'Today'], ['go-accounts', 'Accounts'], ['go-commitments', 'Commitments'], ['go-escalations', 'Escalations'],
  ['go-reviews', 'Reviews'], ['go-surveys', 'Surveys'], ['go-recovery', 'Recovery'], ['go-reports', 'Reports'], ['go-settings', 'Settings'],
];

/** The native menu: Go (sections on CmdOrCtrl+1…9), commands with shortcuts, and the standard roles. */
export function buildMenuTemplate(send: (command: MenuCommand) => void, platform: string): MenuItemConstructorOptions[] {
  const item = (label: string, command: MenuCommand, accelerator: string): MenuItemConstructorOptions => ({ label, accelerator, click: () => send(command) });
  const mac = platform === 'darwin';
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
        ...sections.map(([command, label], i) => item(label, command, `CmdOrCtrl+${i + 1}`)),
      ],
    },
    {
      label: 'View',
      submenu: [
        item('Toggle Dark Theme', 'toggle-theme', 'CmdOrCtrl+Shift+L'), { type: 'separator' },
        { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
}
