// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ServerRequest, ServerResponse } from '../../../../../shared/bridge';
import { writeSession } from '../../../lib/server-session';
import { useSyncStatus } from '../stores/sync-status';
import { startSyncRunner } from './sync-runner';

// The host's bridge as the runner sees it: the server answers with nothing new, and change
// events arrive when the test says so.
const host = vi.hoisted(() => {
  const listeners: ((event: { version: number }) => void)[] = [];
  const stops: (() => void)[] = [];
  const state = { down: false };
  return {
    listeners,
    stops,
    state,
    request: vi.fn(async (req: ServerRequest): Promise<ServerResponse> => {
      if (state.down) throw new Error('connection refused');
      return req.path === '/v1/sync/pull' ? { status: 200, body: { changes: [], cursor: 'c1', more: false, lastMutationId: 0 } } : { status: 200, body: { results: [] } };
    }),
    listenForChanges: vi.fn((_baseUrl: string, listener: (event: { version: number }) => void) => {
      listeners.push(listener);
      const stop = vi.fn();
      stops.push(stop);
      return stop;
    }),
  };
});
vi.mock('../../../lib/bridge', () => ({
  bridge: { host: 'electron', server: { request: host.request, setToken: async () => undefined, hasToken: async () => true, listenForChanges: host.listenForChanges } },
}));

describe('the sync runner and the server\u2019s change events', () => {
  let stopRunner = () => undefined as void;
  afterEach(() => stopRunner());

  it('listens through the host, pulls at once on an event, records the team\u2019s version and listens again when back online', async () => {
    writeSession({ url: 'http://127.0.0.1:8787', userId: 'u1', email: 'a@b.example', name: 'A', teamId: 't1', role: 'member' });
    stopRunner = startSyncRunner();
    await vi.waitFor(() => expect(useSyncStatus.getState().state).toBe('idle'));
    expect(host.listenForChanges).toHaveBeenCalledTimes(1);
    expect(host.listenForChanges.mock.calls[0]?.[0]).toBe('http://127.0.0.1:8787');
    expect(useSyncStatus.getState().serverVersion).toBeNull();
    const pulls = host.request.mock.calls.length;

    host.listeners[0]?.({ version: 42 });
    expect(useSyncStatus.getState().serverVersion).toBe(42);
    // The next timed round is 30 s away: a pull within a second is the event's doing.
    await vi.waitFor(() => expect(host.request.mock.calls.length).toBeGreaterThan(pulls), { timeout: 1000 });

    window.dispatchEvent(new Event('online'));
    expect(host.stops[0]).toHaveBeenCalledTimes(1);
    expect(host.listenForChanges).toHaveBeenCalledTimes(2);
    host.listeners[1]?.({ version: 43 });
    expect(useSyncStatus.getState().serverVersion).toBe(43);

    stopRunner();
    expect(host.stops[1]).toHaveBeenCalledTimes(1);
  });

  it('listens again once the server answers after being unreachable (its event stream ended meanwhile)', async () => {
    host.state.down = true;
    writeSession({ url: 'http://127.0.0.1:8787', userId: 'u1', email: 'a@b.example', name: 'A', teamId: 't1', role: 'member' });
    const before = host.listenForChanges.mock.calls.length;
    stopRunner = startSyncRunner();
    await vi.waitFor(() => expect(useSyncStatus.getState().state).toBe('offline'));
    expect(host.listenForChanges.mock.calls.length).toBe(before + 1);
    host.state.down = false;
    await vi.waitFor(() => expect(useSyncStatus.getState().state).toBe('idle'), { timeout: 5000 });
    expect(host.listenForChanges.mock.calls.length).toBe(before + 2);
    expect(host.stops[before]).toHaveBeenCalledTimes(1);
  }, 10_000);
});
