import { db } from '../../../db/instance';
import { bridge } from '../../../lib/bridge';
import { readSession } from '../../../lib/server-session';
import { syncOnce } from '../../../sync/sync-client';
import type { SyncTransport } from '../../../sync/transport';
import { useSyncStatus } from '../stores/sync-status';

const idleEveryMs = 30_000;
let requestNow: (() => void) | null = null;

/** Asks the running sync loop for a round now (the "Sync now" button). */
export function syncNow(): void {
  requestNow?.();
}
const maxBackoffMs = 5 * 60_000;

/**
 * Keeps this device in sync in the background: at start, shortly after every local change, every
 * 30 s, and at once when the network comes back; after a failure it retries with exponential
 * backoff and jitter. Returns a function that stops it.
 */
export function startSyncRunner(): () => void {
  let stop = () => undefined as void;
  let cancelled = false;
  void bridge.server.hasToken().then((hasToken) => { if (!cancelled) stop = runWhenSignedIn(hasToken); });
  return () => { cancelled = true; stop(); };
}

function runWhenSignedIn(hasToken: boolean): () => void {
  const status = useSyncStatus.getState();
  const session = readSession();
  if (!session) { status.set({ state: 'local', message: null }); return () => undefined; }
  if (!hasToken) { status.set({ state: 'signed-out', message: `Sign in to ${session.url} again to sync.` }); return () => undefined; }
  const transport: SyncTransport = (req) => bridge.server.request({ baseUrl: session.url, ...req });
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running = false;
  let again = false;
  let backoffMs = 0;
  let stopped = false;

  const schedule = (delayMs: number) => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void run(), delayMs);
  };
  const run = async () => {
    if (running) { again = true; return; }
    running = true;
    useSyncStatus.getState().set({ state: 'syncing', progress: null });
    const outcome = await syncOnce(db, transport, (progress) => useSyncStatus.getState().set({ progress }));
    running = false;
    if (outcome.ok && again) {
      // Someone asked for a round while this one ran: run again before saying all is synced.
      again = false;
      schedule(0);
      return;
    }
    if (outcome.ok) {
      // Back after failures (the server restarted, or was unreachable): its event stream ended meanwhile.
      if (backoffMs > 0) relisten();
      backoffMs = 0;
      useSyncStatus.getState().set({ state: 'idle', message: null, progress: null, lastSyncAt: new Date().toISOString() });
      schedule(idleEveryMs);
    } else if (outcome.problem.kind === 'unauthorized') {
      void bridge.server.setToken(null);
      useSyncStatus.getState().set({ state: 'signed-out', message: outcome.problem.message, progress: null });
    } else {
      backoffMs = Math.min(maxBackoffMs, Math.max(2000, backoffMs * 2));
      useSyncStatus.getState().set({ state: outcome.problem.kind === 'offline' ? 'offline' : 'problem', message: outcome.problem.message, progress: null });
      schedule(backoffMs * (0.5 + Math.random()));
    }
    again = false;
  };
  const onLocalChange = () => schedule(1500);
  const onOnline = () => schedule(0);
  db.outbox.hook('creating', onLocalChange);
  window.addEventListener('online', onOnline);
  requestNow = () => { useSyncStatus.getState().set({ state: 'syncing', progress: null }); schedule(0); };
  // The server's change events (streamed by the host, which holds the token) bring a pull at once;
  // their version tells how far a large first sync has come.
  const listen = () => bridge.server.listenForChanges(session.url, ({ version }) => {
    useSyncStatus.getState().set({ serverVersion: version });
    schedule(300);
  });
  let stopListening = listen();
  const relisten = () => { stopListening(); stopListening = listen(); };
  window.addEventListener('online', relisten);
  schedule(0);
  return () => {
    stopped = true;
    requestNow = null;
    stopListening();
    window.removeEventListener('online', relisten);
    if (timer) clearTimeout(timer);
    db.outbox.hook('creating').unsubscribe(onLocalChange);
    window.removeEventListener('online', onOnline);
  };
}
