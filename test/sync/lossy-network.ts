import type { Random } from '../../shared/sample/random';
import type { SyncTransport } from '../../renderer/src/sync/transport';

/** Fault rates of the simulated network. */
export type Faults = { dropRequest: number; dropResponse: number; duplicate: number };

/** No faults: the healed network. */
export const noFaults: Faults = { dropRequest: 0, dropResponse: 0, duplicate: 0 };

/**
 * Wraps a transport in a lossy network: requests lost before the server sees them, answers lost
 * after the server committed, requests delivered twice, and whole partitions (offline).
 */
export function lossyTransport(inner: SyncTransport, random: Random, state: { faults: Faults; offline: boolean }): SyncTransport {
  return async (request) => {
    if (state.offline) throw new Error('network partitioned');
    if (random.chance(state.faults.dropRequest)) throw new Error('request lost');
    const first = await inner(request);
    if (random.chance(state.faults.duplicate)) {
      const again = await inner(request);
      if (random.chance(state.faults.dropResponse)) throw new Error('response lost');
      return again;
    }
    if (random.chance(state.faults.dropResponse)) throw new Error('response lost');
    return first;
  };
}
