import { contextBridge, ipcRenderer } from 'electron';
import { menuCommands, type MenuCommand, type RapportBridge } from '../../shared/bridge';
import { ipcChannels } from '../../shared/ipc-channels';

const isMenuCommand = (value: unknown): value is MenuCommand => menuCommands.some((c) => c === value);
const isChangeEvent = (value: unknown): value is { version: number } =>
  typeof value === 'object' && value !== null && Number.isSafeInteger((value as { version?: unknown }).version);

// Only this typed surface reaches the page: no ipcRenderer, no IPC event objects, no Node.
const bridge = {
  host: 'electron',
  saveFile: (req) => ipcRenderer.invoke(ipcChannels.saveFile, req),
  saveFilesToFolder: (req) => ipcRenderer.invoke(ipcChannels.saveFilesToFolder, req),
  printToPdf: (req) => ipcRenderer.invoke(ipcChannels.printToPdf, req),
  notify: (n) => ipcRenderer.invoke(ipcChannels.notify, n),
  onMenuCommand: (listener) => {
    const forward = (_event: unknown, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(ipcChannels.menuCommand, forward);
    return () => { ipcRenderer.removeListener(ipcChannels.menuCommand, forward); };
  },
  mirrorOutbox: (snapshot) => ipcRenderer.invoke(ipcChannels.mirrorOutbox, snapshot),
  server: {
    request: (req) => ipcRenderer.invoke(ipcChannels.serverRequest, req),
    setToken: (grant) => ipcRenderer.invoke(ipcChannels.serverSetToken, grant),
    hasToken: () => ipcRenderer.invoke(ipcChannels.serverHasToken),
    signInStorage: () => ipcRenderer.invoke(ipcChannels.serverSignInStorage),
    setMemoryOnly: (memoryOnly) => ipcRenderer.invoke(ipcChannels.serverSetMemoryOnly, memoryOnly),
    listenForChanges: (baseUrl, listener) => {
      const forward = (_event: unknown, event: unknown) => {
        if (isChangeEvent(event)) listener({ version: event.version });
      };
      ipcRenderer.on(ipcChannels.serverEvent, forward);
      void ipcRenderer.invoke(ipcChannels.serverEventsStart, baseUrl).catch(() => undefined);
      return () => {
        ipcRenderer.removeListener(ipcChannels.serverEvent, forward);
        void ipcRenderer.invoke(ipcChannels.serverEventsStop).catch(() => undefined);
      };
    },
  },
} satisfies RapportBridge;

contextBridge.exposeInMainWorld('rapport', bridge);
