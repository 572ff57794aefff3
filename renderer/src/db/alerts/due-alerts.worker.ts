// The due-alert worker: reads the open work and runs the alert rules off the main thread; only the alerts come back.
import { createDb } from '../db';
import { createDueAlertAnswerer, type DueAlertReply, type DueAlertRequest } from './due-alert-check';

type WorkerScope = { onmessage: ((e: MessageEvent<DueAlertRequest>) => void) | null; postMessage: (reply: DueAlertReply) => void };
const scope = self as unknown as WorkerScope;
const answer = createDueAlertAnswerer(createDb);

scope.onmessage = (e) => {
  void answer(e.data).then((reply) => scope.postMessage(reply));
};
