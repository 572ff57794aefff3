import { create } from 'zustand';

const storageKey = 'rapport.me';

type MeState = { memberId: string | null; setMemberId: (id: string | null) => void };

/** Which team member uses this device ("me" in My commitments, owner filters); a device setting. */
export const useMe = create<MeState>((set) => ({
  memberId: typeof localStorage === 'undefined' ? null : localStorage.getItem(storageKey),
  setMemberId: (memberId) => {
    if (memberId) localStorage.setItem(storageKey, memberId);
    else localStorage.removeItem(storageKey);
    set({ memberId });
  },
}));
