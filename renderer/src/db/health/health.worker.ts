// The health worker: scores every account off the main thread so typing never waits.
import { createDb } from '../db';
import { createHealthEngine, type HealthEngine } from './health-engine';
import type { HealthReply, HealthRequest } from './health-messages';
import { updateReplies } from './update-slices';

type WorkerScope = { onmessage: ((e: MessageEvent<HealthRequest>) => void) | null; postMessage: (reply: HealthReply) => void };
const scope = self as unknown as WorkerScope;
let engine: HealthEngine | null = null;
let queue: Promise<void> = Promise.resolve();

async function handle(request: HealthRequest): Promise<void> {
  if (request.type === 'init') {
    engine = createHealthEngine(createDb(request.dbName));
    for (const reply of updateReplies(await engine.loadAll(request.settings, request.clock))) scope.postMessage(reply);
    return;
  }
  if (!engine) return;
  const update = request.type === 'rescore'
    ? engine.rescore(request.settings, request.clock)
    : request.accountIds === 'all'
      ? await engine.loadAll(request.settings, request.clock)
      : await engine.reload(request.accountIds, request.settings, request.clock);
  for (const reply of updateReplies(update)) scope.postMessage(reply);
}

scope.onmessage = (e) => {
  // One request at a time, in order: a reload never overtakes the one before it.
  queue = queue.then(() => handle(e.data)).catch((error: unknown) => {
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  });
};
