import type { DueAlert } from '../../../../shared/domain/due-alerts';
import { createDb } from '../db';
import { createDueAlertAnswerer, type DueAlertReply, type DueAlertRequest } from './due-alert-check';

/** One due-alert check: the window (lastCheckedAt, now] and whose, where, at what cadence. */
export type DueAlertQuery = Omit<DueAlertRequest, 'type' | 'requestId'>;

/** Asks for due alerts; `stop` ends the worker. */
export type DueAlertChecker = { check: (query: DueAlertQuery) => Promise<DueAlert[]>; stop: () => void };

/**
 * Starts the due-alert worker (its own connection to the database: its reads and rules never run on
 * the main thread) and returns a checker answering with the alerts to show. Where Worker does not
 * exist (tests), the same answerer runs in-process.
 */
export function startDueAlertChecker(): DueAlertChecker {
  const waiting = new Map<number, { done: (alerts: DueAlert[]) => void; fail: (e: Error) => void }>();
  let nextId = 1;
  const receive = (reply: DueAlertReply) => {
    const w = waiting.get(reply.requestId);
    if (!w) return;
    waiting.delete(reply.requestId);
    if (reply.type === 'alerts') w.done(reply.alerts);
    else w.fail(new Error(reply.message));
  };
  let post: (request: DueAlertRequest) => void;
  let worker: Worker | null = null;
  let broken: string | null = null;
  if (typeof Worker === 'undefined') {
    const answer = createDueAlertAnswerer(createDb);
    post = (request) => void answer(request).then(receive);
  } else {
    const w = new Worker(new URL('./due-alerts.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<DueAlertReply>) => receive(e.data);
    w.onerror = (e) => {
      // A worker that failed (to load, or later) answers nothing more: every check from now on says so.
      broken = e.message || 'the due-alert worker stopped';
      for (const [, pending] of waiting) pending.fail(new Error(broken));
      waiting.clear();
    };
    worker = w;
    post = (request) => w.postMessage(request);
  }
  return {
    check: (query) => new Promise<DueAlert[]>((done, fail) => {
      if (broken !== null) { fail(new Error(broken)); return; }
      const requestId = nextId;
      nextId += 1;
      waiting.set(requestId, { done, fail });
      post({ type: 'check', requestId, ...query });
    }),
    // A check still running when stopped never answers (nothing is shown after the app stopped checking).
    stop: () => { worker?.terminate(); waiting.clear(); },
  };
}
