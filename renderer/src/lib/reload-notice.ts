import { create } from 'zustand';

type ReloadNoticeState = { message: string | null; show: (message: string) => void };

/** A standing notice that this window must reload to carry on (e.g. another window upgraded the data). */
export const useReloadNotice = create<ReloadNoticeState>((set) => ({
  message: null,
  show: (message) => set({ message }),
}));
