import Dexie from 'dexie';
import { create } from 'zustand';
import { localToday } from '../../lib/format';
import { useUpdateCadence } from '../../lib/cadence-settings';
import { useHealthSettings } from '../../lib/health-settings';
import { activeDatabaseName } from '../../lib/server-session';
import { bulkWriteActive, onBulkWriteEnd } from '../bulk-writes';
import { db } from '../instance';
import { changedAccounts } from './changed-accounts';
import { createChangeGate } from './change-gate';
import { createHealthEngine } from './health-engine';
import { createHealthHistory, type HealthHistoryReply, type HealthHistoryRequest } from './health-history';
import { connectHealthHistory, healthHistoryOutdated, isHistoryReply, receiveHealthHistory } from './health-history-client';
import type { HealthReply, HealthRequest } from './health-messages';
import type { AccountHealth, HealthClock } from './health-summary';
import { createReplyGatherer, type GatheredUpdate } from './update-slices';

type HealthState = { byAccount: ReadonlyMap<string, AccountHealth>; ready: boolean; error: string | null };

/** Every account's health as last computed by the health worker (UI state; read with selectors). */
export const useHealth = create<HealthState>(() => ({ byAccount: new Map(), ready: false, error: null }));

function apply({ byAccount, full }: GatheredUpdate): void {
  useHealth.setState({ byAccount, ready: true, error: null });
  healthHistoryOutdated();
  // For profiling and the Chromium bench: when a full scoring reached the window.
  if (full) performance.mark('health:all-scored', { detail: { accounts: byAccount.size } });
}

/** An in-process stand-in for the worker where Worker does not exist (tests). */
function inProcess(onReply: (r: HealthReply | HealthHistoryReply) => void): (request: HealthRequest | HealthHistoryRequest) => void {
  const engine = createHealthEngine(db);
  const history = createHealthHistory();
  let queue = Promise.resolve();
  return (request) => {
    queue = queue.then(async () => {
      if (request.type === 'history') { history.compute(request, engine.inputs(), onReply); return; }
      if (request.type !== 'rescore') history.forget(request.type === 'changed' ? request.accountIds : 'all');
      const update = request.type === 'init' ? await engine.loadAll(request.settings, request.clock)
        : request.type === 'rescore' ? engine.rescore(request.settings, request.clock)
          : request.accountIds === 'all' ? await engine.loadAll(request.settings, request.clock) : await engine.reload(request.accountIds, request.settings, request.clock);
      onReply({ type: 'update', more: false, ...update });
    }).catch((e: unknown) => onReply({ type: 'error', message: e instanceof Error ? e.message : String(e) }));
  };
}

/** How long after the app starts the first full scoring begins (the first screen reads first). */
const firstLoadDelayMs = 1500;

/**
 * Starts health scoring (its first full load 1.5 s after the app starts): a worker reads the database and scores every account, then re-scores only
 * the accounts a write touched (collected for 200 ms) and everything when weights change or the day
 * turns. Changes wait while the worker is still answering an earlier request (they are merged, so a
 * busy worker never builds a queue of full re-reads) and while a bulk write (a long pull, an import)
 * is in progress. Returns a stop function.
 */
export function startHealthScoring(): () => void {
  const dbName = activeDatabaseName();
  const clock = (): HealthClock => ({ today: localToday(), nowMs: Date.now(), cadence: useUpdateCadence.getState().cadence });
  const settings = () => useHealthSettings.getState().settings;
  let post: (request: HealthRequest | HealthHistoryRequest) => void = () => undefined;
  let disconnectHistory: () => void = () => undefined;
  const gate = createChangeGate({
    send: (accountIds) => post({ type: 'changed', accountIds, settings: settings(), clock: clock() }),
    bulkWriteActive, setTimer: (run, ms) => setTimeout(run, ms), clearTimer: (t) => clearTimeout(t as ReturnType<typeof setTimeout>), collectMs: 200,
  });
  // An update arrives in slices (short tasks for the window), each added to the next map as it comes;
  // the store changes once, with the last one.
  const gatherer = createReplyGatherer(() => useHealth.getState().byAccount);
  const onReply = (reply: HealthReply | HealthHistoryReply) => {
    if (isHistoryReply(reply)) { receiveHealthHistory(reply); return; }
    if (reply.type === 'error') {
      gatherer.reset();
      useHealth.setState({ error: `Health scores could not be computed: ${reply.message}` });
    } else {
      const update = gatherer.add(reply);
      if (update === null) return;
      apply(update);
    }
    gate.answered();
  };
  let worker: Worker | null = null;
  let started = false;
  const start = () => {
    started = true;
    if (typeof Worker === 'undefined') post = inProcess(onReply);
    else {
      worker = new Worker(new URL('./health.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (e: MessageEvent<HealthReply | HealthHistoryReply>) => onReply(e.data);
      worker.onerror = (e) => {
        gate.reset();
        gatherer.reset();
        useHealth.setState({ error: `Health scores could not be computed: ${e.message}` });
      };
      const w = worker;
      post = (request) => w.postMessage(request);
    }
    performance.mark('health:load-start');
    post({ type: 'init', dbName, settings: settings(), clock: clock() });
    // Past scores for reports are asked for on demand, after the first load (the worker answers in order).
    disconnectHistory = connectHealthHistory((request) => post(request));
  };
  // Before the first load, a new setting or day needs no request: the first load uses them.
  const send = (request: HealthRequest) => { if (started) { gate.sentOther(); post(request); } };
  // The first load reads every table the score needs; it waits for the first screen to read (and
  // show) its own data first instead of competing with it. Changes meanwhile wait for its answer.
  gate.sentOther();
  const startTimer = setTimeout(start, firstLoadDelayMs);

  const stopWaitingForBulk = onBulkWriteEnd(() => gate.bulkWriteEnded());
  const onMutated = (parts: Parameters<typeof changedAccounts>[0]) => {
    const changed = changedAccounts(parts, dbName);
    if (changed !== null) gate.changed(changed);
  };
  Dexie.on('storagemutated', onMutated);
  const unsubscribe = useHealthSettings.subscribe((s, before) => { if (s.settings !== before.settings) send({ type: 'rescore', settings: s.settings, clock: clock() }); });
  const unsubscribeCadence = useUpdateCadence.subscribe((s, before) => { if (s.cadence !== before.cadence) send({ type: 'rescore', settings: settings(), clock: clock() }); });
  let day = localToday();
  const dayTimer = setInterval(() => { if (localToday() !== day) { day = localToday(); send({ type: 'rescore', settings: settings(), clock: clock() }); } }, 60_000);
  return () => {
    clearTimeout(startTimer);
    stopWaitingForBulk();
    Dexie.on('storagemutated').unsubscribe(onMutated);
    unsubscribe();
    unsubscribeCadence();
    clearInterval(dayTimer);
    gate.stop();
    disconnectHistory();
    worker?.terminate();
  };
}
