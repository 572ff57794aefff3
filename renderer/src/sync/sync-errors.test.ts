import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDb } from '../db/db';
import { syncOnce } from './sync-client';
import { problemFromError } from './sync-errors';
import type { SyncTransport } from './transport';

const quota = () => Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });

describe('why a sync round failed', () => {
  it('a network failure means the server cannot be reached', () => {
    expect(problemFromError(new TypeError('Failed to fetch'))).toEqual({ kind: 'offline', message: 'The server cannot be reached (Failed to fetch).' });
  });

  it('a full device is told as such during a round, not as an unreachable server', async () => {
    const db = createDb(`sync-errors-${Date.now()}`);
    const transport: SyncTransport = async () => ({ status: 200, body: { changes: [], cursor: 'c1', more: false, lastMutationId: 0 } });
    db.meta.hook('creating', (key) => { if (key === 'lastSyncAt' || key === 'syncCursor') throw quota(); });
    const outcome = await syncOnce(db, transport);
    expect(outcome).toEqual({ ok: false, problem: { kind: 'storage', message: expect.stringContaining("This device's storage is full") } });
  });
});
