import { contextBridge, ipcRenderer } from 'electron';
import type { MenuCommand, RapportBridge } from '../../shared/bridge';
import { ipcChannels } from '../../shared/ipc-channels';

// Only this typed surface reaches the page: no ipcRenderer, no Node.
const bridge = {
  host: 'electron',
  saveFile: (req) => ipcRenderer.invoke(ipcChannels.saveFile, req),
  printToPdf: (req) => ipcRenderer.invoke(ipcChannels.printToPdf, req),
  notify: (n) => ipcRenderer.invoke(ipcChannels.notify, n),
  onMenuCommand: (listener) => {
    const wrapped = (_event: unknown, command: MenuCommand) => listener(command);
    ipcRenderer.on(ipcChannels.menuCommand, wrapped);
    return () => { ipcRenderer.removeListener(ipcChannels.menuCommand, wrapped); };
  },
} satisfies RapportBridge;

contextBridge.exposeInMainWorld('rapport', bridge);
