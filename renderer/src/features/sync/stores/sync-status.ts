import { create } from 'zustand';
import type { SyncProgress } from '../../../sync/sync-client';

/** What the sync indicator shows. */
export type SyncStatus = {
  state: 'local' | 'idle' | 'syncing' | 'offline' | 'problem' | 'signed-out';
  message: string | null;
  progress: SyncProgress | null;
  lastSyncAt: string | null;
  /** The team's latest version, from the server's change events (null until one arrives). */
  serverVersion: number | null;
};

/** The sync state (UI state; the data itself lives in Dexie). */
export const useSyncStatus = create<SyncStatus & { set: (patch: Partial<SyncStatus>) => void }>((set) => ({
  state: 'local', message: null, progress: null, lastSyncAt: null, serverVersion: null,
  set: (patch) => set(patch),
}));
