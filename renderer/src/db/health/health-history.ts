// Health history for reports, computed in the health worker: every account's score on a few past days
// (healthHistory's recomputation, asItStood), cached per account and day until the account's records or
// the settings change, answered with progress when it takes long.
import { asItStood } from '../../../../shared/domain/health/history';
import { scoreAccount } from '../../../../shared/domain/health/score';
import type { HealthInput } from '../../../../shared/domain/health/types';
import type { HealthSettings } from '../../../../shared/domain/health/weights';

/** Asks for every account's score on each of `dates` (local days). */
export type HealthHistoryRequest = { type: 'history'; requestId: number; dates: string[]; settings: HealthSettings };

/** No score on that day (every signal missing); scores are 0–100. */
export const noScore = -1;

/**
 * The answer: progress while computing, then the scores as one flat array (account by account, one
 * value per date, `noScore` for none) so 10,000 accounts cross to the window cheaply.
 */
export type HealthHistoryReply =
  | { type: 'history-progress'; requestId: number; done: number; total: number }
  | { type: 'history'; requestId: number; dates: string[]; accountIds: string[]; scores: Int16Array }
  | { type: 'history-error'; requestId: number; message: string };

/** How many accounts between two progress messages. */
const progressEvery = 250;

/** A cache of past scores per account and day; forget accounts whose records changed. */
export function createHealthHistory() {
  const cache = new Map<string, Map<string, number>>();
  let settingsKey = '';
  return {
    /** Some accounts' records changed (or all of them): their past scores are recomputed next time. */
    forget(accountIds: readonly string[] | 'all'): void {
      if (accountIds === 'all') cache.clear();
      else for (const id of accountIds) cache.delete(id);
    },
    /** Scores every account on each date (from the cache where possible), reporting progress. */
    compute(request: HealthHistoryRequest, inputs: Iterable<HealthInput>, post: (reply: HealthHistoryReply) => void): void {
      const key = JSON.stringify(request.settings);
      if (key !== settingsKey) { cache.clear(); settingsKey = key; }
      const list = [...inputs].filter((i) => !i.account.deleted);
      const { dates, requestId } = request;
      const scores = new Int16Array(list.length * dates.length);
      list.forEach((input, a) => {
        let known = cache.get(input.account.id);
        if (!known) { known = new Map(); cache.set(input.account.id, known); }
        dates.forEach((date, d) => {
          let value = known.get(date);
          if (value === undefined) {
            value = scoreAccount(asItStood(input, date), { today: date }, request.settings).score ?? noScore;
            known.set(date, value);
          }
          scores[a * dates.length + d] = value;
        });
        if ((a + 1) % progressEvery === 0) post({ type: 'history-progress', requestId, done: a + 1, total: list.length });
      });
      post({ type: 'history', requestId, dates, accountIds: list.map((i) => i.account.id), scores });
    },
  };
}

/** A health history cache. */
export type HealthHistory = ReturnType<typeof createHealthHistory>;

/** Reads the flat answer back as each account's scores (null for no score). */
export function historyByAccount(reply: Extract<HealthHistoryReply, { type: 'history' }>): Map<string, (number | null)[]> {
  const n = reply.dates.length;
  return new Map(reply.accountIds.map((id, a) => [id, Array.from(reply.scores.subarray(a * n, a * n + n), (v) => (v === noScore ? null : v))]));
}
