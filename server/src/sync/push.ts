import type { Database } from '../db/database';
import type { MutationResult, PushResponse, User } from '../../../shared/sync/protocol';
import { applyMutation, type PushContext } from './apply-mutation';
import { checkMutation, isRejection, type CheckedMutation, type Rejection } from './mutation-check';
import { clientKeyOf, PushRecordStore, type ClientKey } from './record-store';
import { lockTeamVersion } from './team-changes';

/** A push whose envelope (client id, mutation ids) is well-formed. */
export type PushEnvelope = { clientId: string; mutations: (Record<string, unknown> & { mutationId: number })[] };

/** One push request of a user, with the time it arrived. */
export type PushJob = { user: User; push: PushEnvelope; now: Date };

type Prepared = PushJob & { checks: (CheckedMutation | Rejection)[]; wellFormed: CheckedMutation[]; client: ClientKey };

/**
 * Processes pushes of one team in one transaction, in the order given, holding the team's lock so
 * versions are gap-free and commit in order. Under the lock it sends three statements whatever the
 * number of pushes: the lock, one read (each installation's progress and every record the pushes
 * name) and one write; the rules run in memory in between. Each installation's mutations are
 * processed strictly in mutation-id order, also when two of its pushes are in the same batch.
 */
export async function processPushes(db: Database, teamId: string, jobs: readonly PushJob[]): Promise<PushResponse[]> {
  // The shape checks need no database: they run before the team's lock is taken.
  const prepared: Prepared[] = jobs.map((job) => {
    if (job.user.teamId !== teamId) throw new Error('A push of another team in this batch');
    const checks = job.push.mutations.map((raw) => checkMutation(raw, job.now.getTime()));
    return { ...job, checks, wellFormed: checks.flatMap((c) => (isRejection(c) ? [] : [c])), client: { userId: job.user.id, clientId: job.push.clientId } };
  });
  const wellFormed = prepared.flatMap((p) => p.wellFormed);
  return db.transaction(async (tx) => {
    const startVersion = await lockTeamVersion(tx, teamId);
    let version = startVersion;
    const nextVersion = () => (version += 1);
    const store = new PushRecordStore(tx, teamId);
    const state = await store.loadForPush(
      wellFormed.map((c) => ({ entity: c.entity, id: c.id })), prepared.map((p) => p.client),
      wellFormed.flatMap((c) => (c.entity === 'teamMembers' ? [c.id] : [])),
    );
    const progress = new Map<string, { client: ClientKey; last: number; changed: boolean }>();
    for (const p of prepared) {
      const key = clientKeyOf(p.client);
      if (!progress.has(key)) progress.set(key, { client: p.client, last: state.lastMutationIds.get(key) ?? 0, changed: false });
    }
    const responses: PushResponse[] = [];
    for (const p of prepared) {
      const entry = progress.get(clientKeyOf(p.client));
      if (!entry) throw new Error('A push without its progress');
      const ctx: PushContext = { store, user: p.user, clientId: p.push.clientId, now: p.now, nextVersion, isTeamUser: (id) => state.teamUsers.has(id) };
      const { last, results } = await decide(ctx, p, entry.last);
      if (last !== entry.last) Object.assign(entry, { last, changed: true });
      responses.push({ lastMutationId: last, serverTime: p.now.toISOString(), results });
    }
    await store.flush({
      progress: [...progress.values()].flatMap((e) => (e.changed ? [{ ...e.client, last: e.last }] : [])),
      ...(version !== startVersion ? { teamVersion: version } : {}),
    });
    return responses;
  });
}

/** Decides the mutations of one push from the installation's last processed mutation id. */
async function decide(ctx: PushContext, p: Prepared, startLast: number): Promise<{ last: number; results: MutationResult[] }> {
  let last = startLast;
  let blocked = false;
  const results: MutationResult[] = [];
  for (const [i, raw] of p.push.mutations.entries()) {
    const mutationId = raw.mutationId;
    // After a gap, every later mutation of the request waits too.
    if (blocked || mutationId > last + 1) { blocked = true; results.push({ mutationId, status: 'out_of_order' }); continue; }
    if (mutationId <= last) { results.push({ mutationId, status: 'duplicate' }); continue; }
    const checked = p.checks[i];
    if (!checked) throw new Error('A mutation without its check');
    results.push(isRejection(checked) ? { mutationId, status: 'rejected', ...checked } : await applyMutation(ctx, checked));
    last = mutationId;
  }
  return { last, results };
}
