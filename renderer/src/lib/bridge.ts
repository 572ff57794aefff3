import type { RapportBridge } from '../../../shared/bridge';
import { createWebBridge } from './web-bridge';

declare global {
  interface Window {
    rapport?: RapportBridge;
  }
}

/** The one reader of `window.rapport`: the preload's bridge in Electron, the web bridge in a browser. */
export const bridge: RapportBridge = typeof window !== 'undefined' && window.rapport ? window.rapport : createWebBridge();
