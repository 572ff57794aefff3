import { create } from 'zustand';

/** What the sync indicator shows. */
export type SyncStatus = {
  state: 'local' | 'idle' | 'syncing' | 'offline' | 'problem' | 'signed-out';
  message: string | null;
  progress: { phase: 'pushing' | 'pulling'; done: number; total?: number } | null;
  lastSyncAt: string | null;
};

/** The sync state (UI state; the data itself lives in Dexie). */
export const useSyncStatus = create<SyncStatus & { set: (patch: Partial<SyncStatus>) => void }>((set) => ({
  state: 'local', message: null, progress: null, lastSyncAt: null,
  set: (patch) => set(patch),
}));
