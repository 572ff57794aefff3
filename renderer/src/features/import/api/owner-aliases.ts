import { create } from 'zustand';
import { ownerKey } from '../../../../../shared/import/owner-matching';
import { data } from '../../../db/instance';

type OwnerAliasState = {
  /** Owner names in the file (by ownerKey) mapped by hand to a team member id, for this import. */
  aliases: Record<string, string>;
  mapTo: (key: string, memberId: string | null) => void;
};

/** "Map to…" choices for owners in an imported file who are not on the team (UI state, forgotten on reload). */
export const useOwnerAliases = create<OwnerAliasState>((set, get) => ({
  aliases: {},
  mapTo: (key, memberId) => {
    const next = { ...get().aliases };
    if (memberId) next[key] = memberId;
    else delete next[key];
    set({ aliases: next });
  },
}));

/** The aliases as extra team entries an import matches names against: each alias names its member. */
export function aliasMembers(): { id: string; name: string; email: string }[] {
  return Object.entries(useOwnerAliases.getState().aliases).map(([key, id]) => ({ id, name: key, email: '' }));
}

/** Adds owners from a file to the team as people without a login (email when the file gave one), as one command. */
export async function addOwnersToTeam(labels: readonly string[]): Promise<void> {
  await data.command(async (w) => {
    for (const label of labels) {
      const isEmail = label.includes('@');
      await w.create('teamMembers', { name: isEmail ? label.split('@')[0] ?? label : label, email: isEmail ? label.trim().toLowerCase() : '', role: 'specialist' });
    }
  });
}

/** The normalized key of an owner value (re-exported for the component). */
export { ownerKey };
