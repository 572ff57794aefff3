// The health worker: scores every account off the main thread so typing never waits.
import { createDb } from '../db';
import { createHealthEngine, type HealthEngine } from './health-engine';
import { createHealthHistory, type HealthHistoryReply, type HealthHistoryRequest } from './health-history';
import type { HealthReply, HealthRequest } from './health-messages';
import { updateReplies } from './update-slices';

type WorkerScope = { onmessage: ((e: MessageEvent<HealthRequest | HealthHistoryRequest>) => void) | null; postMessage: (reply: HealthReply | HealthHistoryReply) => void };
const scope = self as unknown as WorkerScope;
let engine: HealthEngine | null = null;
let queue: Promise<void> = Promise.resolve();
const history = createHealthHistory();

async function handle(request: HealthRequest): Promise<void> {
  if (request.type === 'init') {
    engine = createHealthEngine(createDb(request.dbName));
    history.forget('all');
    for (const reply of updateReplies(await engine.loadAll(request.settings, request.clock))) scope.postMessage(reply);
    return;
  }
  if (!engine) return;
  if (request.type === 'changed') history.forget(request.accountIds);
  const update = request.type === 'rescore'
    ? engine.rescore(request.settings, request.clock)
    : request.accountIds === 'all'
      ? await engine.loadAll(request.settings, request.clock)
      : await engine.reload(request.accountIds, request.settings, request.clock);
  for (const reply of updateReplies(update)) scope.postMessage(reply);
}

/** Past scores for reports (after the first load; the client sends none before it). */
function answerHistory(request: HealthHistoryRequest): void {
  history.compute(request, engine?.inputs() ?? [], (reply) => scope.postMessage(reply));
}

scope.onmessage = (e) => {
  const request = e.data;
  // One request at a time, in order: a reload never overtakes the one before it.
  if (request.type === 'history') {
    queue = queue.then(() => answerHistory(request)).catch((error: unknown) => {
      scope.postMessage({ type: 'history-error', requestId: request.requestId, message: error instanceof Error ? error.message : String(error) });
    });
    return;
  }
  queue = queue.then(() => handle(request)).catch((error: unknown) => {
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  });
};
