import Dexie from 'dexie';
import { create } from 'zustand';
import { localToday } from '../../lib/format';
import { useHealthSettings } from '../../lib/health-settings';
import { activeDatabaseName } from '../../lib/server-session';
import { db } from '../instance';
import { changedAccounts } from './changed-accounts';
import { createHealthEngine } from './health-engine';
import type { HealthReply, HealthRequest } from './health-messages';
import type { AccountHealth, HealthClock } from './health-summary';

type HealthState = { byAccount: ReadonlyMap<string, AccountHealth>; ready: boolean; error: string | null };

/** Every account's health as last computed by the health worker (UI state; read with selectors). */
export const useHealth = create<HealthState>(() => ({ byAccount: new Map(), ready: false, error: null }));

function apply(reply: HealthReply): void {
  if (reply.type === 'error') {
    useHealth.setState({ error: `Health scores could not be computed: ${reply.message}` });
    return;
  }
  const next = reply.full ? new Map<string, AccountHealth>() : new Map(useHealth.getState().byAccount);
  for (const r of reply.results) next.set(r.accountId, r);
  for (const id of reply.removed) next.delete(id);
  useHealth.setState({ byAccount: next, ready: true, error: null });
}

/** An in-process stand-in for the worker where Worker does not exist (tests). */
function inProcess(onReply: (r: HealthReply) => void): (request: HealthRequest) => void {
  const engine = createHealthEngine(db);
  let queue = Promise.resolve();
  return (request) => {
    queue = queue.then(async () => {
      const update = request.type === 'init' ? await engine.loadAll(request.settings, request.clock)
        : request.type === 'rescore' ? engine.rescore(request.settings, request.clock)
          : request.accountIds === 'all' ? await engine.loadAll(request.settings, request.clock) : await engine.reload(request.accountIds, request.settings, request.clock);
      onReply({ type: 'update', ...update });
    }).catch((e: unknown) => onReply({ type: 'error', message: e instanceof Error ? e.message : String(e) }));
  };
}

/**
 * Starts health scoring: a worker reads the database and scores every account, then re-scores only
 * the accounts a write touched (collected for 200 ms) and everything when weights change or the day
 * turns. Returns a stop function.
 */
export function startHealthScoring(): () => void {
  const dbName = activeDatabaseName();
  const clock = (): HealthClock => ({ today: localToday(), nowMs: Date.now() });
  let send: (request: HealthRequest) => void;
  let worker: Worker | null = null;
  if (typeof Worker === 'undefined') send = inProcess(apply);
  else {
    worker = new Worker(new URL('./health.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<HealthReply>) => apply(e.data);
    worker.onerror = (e) => useHealth.setState({ error: `Health scores could not be computed: ${e.message}` });
    const w = worker;
    send = (request) => w.postMessage(request);
  }
  const settings = () => useHealthSettings.getState().settings;
  send({ type: 'init', dbName, settings: settings(), clock: clock() });

  let pending: Set<string> | 'all' | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    timer = null;
    if (pending === null) return;
    send({ type: 'changed', accountIds: pending === 'all' ? 'all' : [...pending], settings: settings(), clock: clock() });
    pending = null;
  };
  const onMutated = (parts: Parameters<typeof changedAccounts>[0]) => {
    const changed = changedAccounts(parts, dbName);
    if (changed === null) return;
    if (changed === 'all' || pending === 'all') pending = 'all';
    else pending = new Set([...(pending ?? []), ...changed]);
    timer ??= setTimeout(flush, 200);
  };
  Dexie.on('storagemutated', onMutated);
  const unsubscribe = useHealthSettings.subscribe((s, before) => { if (s.settings !== before.settings) send({ type: 'rescore', settings: s.settings, clock: clock() }); });
  let day = localToday();
  const dayTimer = setInterval(() => { if (localToday() !== day) { day = localToday(); send({ type: 'rescore', settings: settings(), clock: clock() }); } }, 60_000);
  return () => {
    Dexie.on('storagemutated').unsubscribe(onMutated);
    unsubscribe();
    clearInterval(dayTimer);
    if (timer) clearTimeout(timer);
    worker?.terminate();
  };
}
