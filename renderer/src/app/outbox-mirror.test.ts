import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { createDataLayer } from '../db/data-layer';
import { createDb } from '../db/db';
import { newRecordFields } from '../../../shared/domain/record-defaults';
import { onOutboxChange, readOutbox } from '../db/queries/outbox';
import { startOutboxMirror } from './outbox-mirror';

describe('the safety copy of unsynced edits', () => {
  it('tells once when the copy cannot be written, and writes it at the next change', async () => {
    const db = createDb(`mirror-${Date.now()}`);
    const data = createDataLayer(db);
    const written: string[] = [];
    let diskFull = true;
    const write = vi.fn(async (snapshot: string) => {
      if (diskFull) throw new Error('ENOSPC: no space left on device');
      written.push(snapshot);
    });
    const failed = vi.fn();
    const succeeded = vi.fn();
    const stop = startOutboxMirror({ read: () => readOutbox(db), onChange: (listener) => onOutboxChange(listener, db) }, write, { failed, succeeded }, 5);
    await vi.waitFor(() => expect(write).toHaveBeenCalledTimes(1));
    await data.create('accounts', newRecordFields('accounts', { name: 'Acme' }, new Date().toISOString()));
    await vi.waitFor(() => expect(write).toHaveBeenCalledTimes(2));
    expect(failed).toHaveBeenCalledTimes(2);
    expect(failed.mock.calls[0]?.[0]).toMatchObject({ message: expect.stringContaining('ENOSPC') });

    diskFull = false;
    await data.create('accounts', newRecordFields('accounts', { name: 'Globex' }, new Date().toISOString()));
    await vi.waitFor(() => expect(written).toHaveLength(1));
    expect(succeeded).toHaveBeenCalled();
    expect((JSON.parse(written[0] ?? '[]') as unknown[]).length).toBeGreaterThanOrEqual(2);
    stop();
  });
});
