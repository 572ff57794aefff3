import { create } from 'zustand';
import { readSession } from './server-session';

const storageKey = 'rapport.me';

type MeState = {
  /** Who "me" is: the signed-in user's member record (its id is the user id), else this device's person. */
  memberId: string | null;
  /** This device's own person, kept while signed in so their records can be carried over once. */
  localMemberId: string | null;
  /** Chooses this device's person (used when not signed in to a team server). */
  setMemberId: (id: string | null) => void;
};

const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(storageKey);
const signedInAs = typeof localStorage === 'undefined' ? null : readSession()?.userId ?? null;

/** Which team member uses this device ("me" in Mine, Today, reminders, owner filters); a device setting. */
export const useMe = create<MeState>((set) => ({
  memberId: signedInAs ?? stored,
  localMemberId: stored,
  setMemberId: (id) => {
    if (id) localStorage.setItem(storageKey, id);
    else localStorage.removeItem(storageKey);
    set({ localMemberId: id, memberId: readSession()?.userId ?? id });
  },
}));
