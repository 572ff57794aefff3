import type { HealthInput } from '../../../../shared/domain/health/types';
import type { HealthSettings } from '../../../../shared/domain/health/weights';
import type { RapportDb } from '../db';
import { readHealthInputs } from '../queries/health-inputs';
import { summarizeHealth, type AccountHealth, type HealthClock } from './health-summary';

/** The scores that changed: all of them (`full`), or some, plus accounts that are gone. */
export type HealthUpdate = { full: boolean; results: AccountHealth[]; removed: string[] };

/**
 * Keeps every account's health inputs in memory and scores them: all at first, then only the
 * accounts whose records changed; a settings change re-scores from memory without reading again.
 * Runs in the health worker (and in-process where there is no Worker, e.g. tests).
 */
export function createHealthEngine(db: RapportDb) {
  const inputs = new Map<string, HealthInput>();
  let loaded = false;
  const score = (list: Iterable<HealthInput>, settings: HealthSettings, clock: HealthClock) => [...list].map((i) => summarizeHealth(i, settings, clock));
  return {
    /** Reads every account and scores it. */
    async loadAll(settings: HealthSettings, clock: HealthClock): Promise<HealthUpdate> {
      const all = await readHealthInputs(db);
      inputs.clear();
      for (const input of all) inputs.set(input.account.id, input);
      loaded = true;
      return { full: true, results: score(inputs.values(), settings, clock), removed: [] };
    },
    /** Re-reads and re-scores only these accounts. */
    async reload(accountIds: readonly string[], settings: HealthSettings, clock: HealthClock): Promise<HealthUpdate> {
      if (!loaded) return this.loadAll(settings, clock);
      const fresh = await readHealthInputs(db, accountIds);
      const found = new Set(fresh.map((i) => i.account.id));
      const removed = accountIds.filter((id) => !found.has(id));
      for (const id of removed) inputs.delete(id);
      for (const input of fresh) inputs.set(input.account.id, input);
      return { full: false, results: score(fresh, settings, clock), removed };
    },
    /** Every account's inputs as held in memory (the health history scores past days from them). */
    inputs(): Iterable<HealthInput> {
      return inputs.values();
    },
    /** Re-scores every account from memory (new weights, thresholds or a new day). */
    rescore(settings: HealthSettings, clock: HealthClock): HealthUpdate {
      return { full: true, results: score(inputs.values(), settings, clock), removed: [] };
    },
  };
}

/** A health engine. */
export type HealthEngine = ReturnType<typeof createHealthEngine>;
