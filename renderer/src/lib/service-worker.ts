import { Workbox } from 'workbox-window';
import { create } from 'zustand';
import { bridge } from './bridge';

type UpdateState = { waiting: boolean; reload: () => void };

let workbox: Workbox | null = null;

/** Whether a new version of the web app is downloaded and waiting for the user to reload. */
export const useAppUpdate = create<UpdateState>(() => ({
  waiting: false,
  reload: () => {
    if (!workbox) { window.location.reload(); return; }
    // The new service worker takes over, then the page reloads once on the new build (all of it, never a mix).
    workbox.addEventListener('controlling', () => window.location.reload());
    workbox.messageSkipWaiting();
  },
}));

/**
 * Web mode only: registers the service worker that precaches the build, so the app opens with no
 * network. The desktop app loads its files from disk and needs none.
 */
export function registerServiceWorker(): void {
  if (bridge.host !== 'web' || !('serviceWorker' in navigator) || !/^https?:$/.test(window.location.protocol)) return;
  if (import.meta.env.DEV) return;
  workbox = new Workbox('./sw.js', { scope: './' });
  workbox.addEventListener('waiting', () => useAppUpdate.setState({ waiting: true }));
  workbox.register().catch(() => undefined);
}
