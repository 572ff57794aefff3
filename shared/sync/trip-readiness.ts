/** What the device knows about its sync when a trip pack is prepared. */
export type TripSyncFacts = {
  /** 'local' when no team server is configured. */
  state: 'local' | 'idle' | 'syncing' | 'offline' | 'problem' | 'signed-out';
  /** Edits made on this device that the server has not taken yet. */
  pending: number;
  lastSyncAt: string | null;
};

/** How ready the data is to travel: a tone for the notice and the sentence the manager reads. */
export type TripReadiness = { tone: 'ok' | 'warn' | 'info'; message: string };

/**
 * Whether the packs about to be exported hold the team's latest data. With no server there is
 * nothing to check; with one, the data is "fully synced" only when the last sync went through and
 * nothing typed on this device is still waiting to be sent.
 */
export function tripReadiness(facts: TripSyncFacts, showTime: (iso: string) => string): TripReadiness {
  const last = facts.lastSyncAt ? `last synced ${showTime(facts.lastSyncAt)}` : 'never synced';
  const unsent = facts.pending === 1 ? '1 change made on this device is not sent yet' : `${facts.pending} changes made on this device are not sent yet`;
  switch (facts.state) {
    case 'local':
      return { tone: 'info', message: 'No team server is set up: the packs hold what is on this device.' };
    case 'syncing':
      return { tone: 'warn', message: 'Syncing now: wait for it to finish so the packs hold the team’s latest changes.' };
    case 'signed-out':
      return { tone: 'warn', message: `Signed out of the team server (${last}): sign in and sync before you leave, or the packs may miss teammates’ changes.` };
    case 'offline':
    case 'problem':
      return { tone: 'warn', message: `The team server cannot be reached (${last})${facts.pending > 0 ? `; ${unsent}` : ''}: the packs may miss teammates’ latest changes.` };
    case 'idle':
      return facts.pending > 0
        ? { tone: 'warn', message: `${unsent[0]?.toUpperCase()}${unsent.slice(1)}: sync before you leave so the team has them (${last}).` }
        : { tone: 'ok', message: `All data is synced with the team server (${last}).` };
  }
}
