import type { Database } from '../db/database';
import { teamChangesChannel } from './team-changes';

/** A listener for a team's committed versions. */
export type VersionListener = (version: number) => void;

/**
 * Fans out the team versions announced on the database's NOTIFY channel to this process's
 * subscribers, so events reach clients whichever server process committed the write.
 */
export class ChangeFeed {
  private readonly listeners = new Map<string, Set<VersionListener>>();
  private unlisten: (() => Promise<void>) | null = null;

  constructor(private readonly db: Database) {}

  /** Starts listening on the database; call once before subscribing. */
  async start(): Promise<void> {
    this.unlisten = await this.db.listen(teamChangesChannel, (payload) => {
      const [teamId, version] = payload.split(' ');
      const n = Number(version);
      if (!teamId || !Number.isSafeInteger(n)) return;
      for (const listener of this.listeners.get(teamId) ?? []) listener(n);
    });
  }

  /** Calls `listener` with every new version of a team; returns the unsubscribe function. */
  subscribe(teamId: string, listener: VersionListener): () => void {
    const set = this.listeners.get(teamId) ?? new Set();
    set.add(listener);
    this.listeners.set(teamId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(teamId);
    };
  }

  /** Stops listening. */
  async stop(): Promise<void> {
    await this.unlisten?.();
    this.unlisten = null;
  }
}
