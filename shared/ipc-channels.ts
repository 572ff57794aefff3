/** IPC channel names between the preload and the main process (no dependencies: the sandboxed preload imports it). */
export const ipcChannels = {
  saveFile: 'rapport:save-file',
  saveFilesToFolder: 'rapport:save-files-to-folder',
  printToPdf: 'rapport:print-to-pdf',
  notify: 'rapport:notify',
  menuCommand: 'rapport:menu-command',
  mirrorOutbox: 'rapport:mirror-outbox',
  serverRequest: 'rapport:server-request',
  serverSetToken: 'rapport:server-set-token',
  serverHasToken: 'rapport:server-has-token',
  serverSignInStorage: 'rapport:server-sign-in-storage',
  serverSetMemoryOnly: 'rapport:server-set-memory-only',
  serverEventsStart: 'rapport:server-events-start',
  serverEventsStop: 'rapport:server-events-stop',
  serverEvent: 'rapport:server-event',
} as const;
