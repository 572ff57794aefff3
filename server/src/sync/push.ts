import type { Database } from '../db/database';
import type { MutationResult, PushResponse, User } from '../../../shared/sync/protocol';
import { applyMutation, type PushContext } from './apply-mutation';
import { readLastMutationId, writeLastMutationId } from './client-progress';
import { checkMutation, isRejection } from './mutation-check';
import { PushRecordStore } from './record-store';
import { lockTeamVersion, publishTeamVersion } from './team-changes';
import { readTeamUserIds } from '../users/users';

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
    const store = new PushRecordStore(tx, user.teamId);
    const startLast = await readLastMutationId(tx, user.id, push.clientId);
    // The checks need no database: run them first, then read every record the well-formed mutations name at once.
    const checks = push.mutations.map((raw) => checkMutation(raw, now.getTime()));
    const wellFormed = checks.flatMap((c) => (isRejection(c) ? [] : [c]));
    await store.load(wellFormed.map((c) => ({ entity: c.entity, id: c.id })));
    const teamUsers = await readTeamUserIds(tx, user.teamId, wellFormed.flatMap((c) => (c.entity === 'teamMembers' ? [c.id] : [])));
    const ctx: PushContext = {
      store, user, clientId: push.clientId, now, nextVersion: () => (version += 1), isTeamUser: (id) => teamUsers.has(id),
    };
    let last = startLast;
    let blocked = false;
    const results: MutationResult[] = [];
    for (const [i, raw] of push.mutations.entries()) {
      const mutationId = raw.mutationId;
      // After a gap, every later mutation of the request waits too.
      if (blocked || mutationId > last + 1) { blocked = true; results.push({ mutationId, status: 'out_of_order' }); continue; }
      if (mutationId <= last) { results.push({ mutationId, status: 'duplicate' }); continue; }
      const checked = checks[i];
      if (!checked) throw new Error('A mutation without its check');
      results.push(isRejection(checked) ? { mutationId, status: 'rejected', ...checked } : await applyMutation(ctx, checked));
      last = mutationId;
    }
    await store.flush();
    if (last !== startLast) await writeLastMutationId(tx, user.id, push.clientId, last);
    if (version !== startVersion) await publishTeamVersion(tx, user.teamId, version);
    return { lastMutationId: last, serverTime: now.toISOString(), results };
  });
}
