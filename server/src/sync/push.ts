import type { Database } from '../db/database';
import type { MutationResult, PushResponse, User } from '../../../shared/sync/protocol';
import { applyMutation, type PushContext } from './apply-mutation';
import { readLastMutationId, writeLastMutationId } from './client-progress';
import { checkMutation, isRejection } from './mutation-check';
import { lockTeamVersion, publishTeamVersion } from './team-changes';

/** A push whose envelope (client id, mutation ids) is well-formed. */
export type PushEnvelope = { clientId: string; mutations: (Record<string, unknown> & { mutationId: number })[] };

/**
 * Processes a push in one transaction, holding the team's lock so versions are gap-free and commit
 * in order. Each client's mutations are processed strictly in mutation-id order.
 */
export async function processPush(db: Database, user: User, push: PushEnvelope, now: Date): Promise<PushResponse> {
  return db.transaction(async (tx) => {
    const startVersion = await lockTeamVersion(tx, user.teamId);
    let version = startVersion;
    const ctx: PushContext = { tx, user, clientId: push.clientId, now, nextVersion: () => (version += 1) };
    const startLast = await readLastMutationId(tx, user.id, push.clientId);
    let last = startLast;
    let blocked = false;
    const results: MutationResult[] = [];
    for (const raw of push.mutations) {
      const mutationId = raw.mutationId;
      // After a gap, every later mutation of the request waits too.
      if (blocked || mutationId > last + 1) { blocked = true; results.push({ mutationId, status: 'out_of_order' }); continue; }
      if (mutationId <= last) { results.push({ mutationId, status: 'duplicate' }); continue; }
      const checked = checkMutation(raw, now.getTime());
      results.push(isRejection(checked) ? { mutationId, status: 'rejected', ...checked } : await applyMutation(ctx, checked));
      last = mutationId;
    }
    if (last !== startLast) await writeLastMutationId(tx, user.id, push.clientId, last);
    if (version !== startVersion) await publishTeamVersion(tx, user.teamId, version);
    return { lastMutationId: last, serverTime: now.toISOString(), results };
  });
}
