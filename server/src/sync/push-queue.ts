import type { Database } from '../db/database';
import type { PushResponse, User } from '../../../shared/sync/protocol';
import { processPushes, type PushEnvelope, type PushJob } from './push';

type Waiting = PushJob & { resolve: (response: PushResponse) => void; reject: (error: unknown) => void };

/** At most this many mutations go into one transaction (one push is never split). */
const maxBatchMutations = 2_000;

/** Processes one push; answers once its transaction has committed. */
export type SubmitPush = (user: User, push: PushEnvelope, now: Date) => Promise<PushResponse>;

/**
 * Group commit for pushes: while a team's transaction runs in this process, the team's next pushes
 * wait, and then go together into one transaction (one lock, one read, one write, one commit),
 * each keeping its own answer. Under load this turns a queue of single pushes on the team's lock
 * into a few larger transactions. When a transaction of several pushes fails, each of them is
 * tried again alone, so one push that cannot be stored never fails another user's push.
 */
export function createPushQueue(db: Database): SubmitPush {
  const waitingByTeam = new Map<string, Waiting[]>();

  const settle = async (teamId: string, batch: readonly Waiting[]): Promise<void> => {
    try {
      const responses = await processPushes(db, teamId, batch);
      batch.forEach((job, i) => { const r = responses[i]; if (r) job.resolve(r); else job.reject(new Error('A push without its response')); });
    } catch (error) {
      if (batch.length === 1) { batch[0]?.reject(error); return; }
      for (const job of batch) await settle(teamId, [job]);
    }
  };

  const run = async (teamId: string, batch: Waiting[]): Promise<void> => {
    for (let next = batch; next.length > 0; next = takeBatch(waitingByTeam.get(teamId) ?? [])) await settle(teamId, next);
    waitingByTeam.delete(teamId);
  };

  return (user, push, now) => new Promise<PushResponse>((resolve, reject) => {
    const job: Waiting = { user, push, now, resolve, reject };
    const waiting = waitingByTeam.get(user.teamId);
    if (waiting) { waiting.push(job); return; }
    waitingByTeam.set(user.teamId, []);
    void run(user.teamId, [job]);
  });
}

/** Removes from `waiting` the pushes of the next transaction: in arrival order, at least one, up to the mutation cap. */
function takeBatch(waiting: Waiting[]): Waiting[] {
  let count = 0;
  let n = 0;
  while (n < waiting.length && (n === 0 || count + (waiting[n]?.push.mutations.length ?? 0) <= maxBatchMutations)) {
    count += waiting[n]?.push.mutations.length ?? 0;
    n += 1;
  }
  return waiting.splice(0, n);
}
