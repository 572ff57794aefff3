import 'fake-indexeddb/auto';
import { Dexie, liveQuery } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDb } from '../db/db';
import { syncOnce } from './sync-client';
import type { SyncTransport } from './transport';

const hlc = '2026-11-28T09:00:00.000Z-0000-0123456789abcdef';

/** A server holding `count` accounts, answered in pages of `pageSize` (each page's cursor is its end). */
function serverWithAccounts(count: number, pageSize: number): SyncTransport {
  return async ({ path, body }) => {
    if (path !== '/v1/sync/pull') return { status: 200, body: { lastMutationId: 0, serverTime: new Date().toISOString(), results: [] } };
    const from = Number((body as { cursor: string | null }).cursor ?? 0);
    const to = Math.min(count, from + pageSize);
    const changes = Array.from({ length: to - from }, (_, k) => {
      const i = from + k;
      return { entity: 'accounts', id: `a${String(i).padStart(4, '0')}`, space: 'team', fields: { name: { value: `Account ${i}`, version: i + 1, hlc } } };
    });
    return { status: 200, body: { changes, cursor: String(to), more: to < count, lastMutationId: 0 } };
  };
}

afterEach(() => { vi.restoreAllMocks(); });

describe('a first sync written through IndexedDB directly', () => {
  it('refreshes a live list of accounts once the pulled pages are stored', async () => {
    const db = createDb('native-put-live');
    const bulkPut = vi.spyOn(db.accounts, 'bulkPut');
    const seen: number[] = [];
    const subscription = liveQuery(() => db.accounts.count()).subscribe((n) => { seen.push(n); });
    const changedTables = new Set<string>();
    const onMutated = (parts: Record<string, unknown>) => { for (const part of Object.keys(parts)) changedTables.add(part.split('/')[3] ?? ''); };
    Dexie.on('storagemutated', onMutated);
    try {
      await vi.waitFor(() => { expect(seen).toEqual([0]); });
      expect(await syncOnce(db, serverWithAccounts(700, 300))).toMatchObject({ ok: true, pulled: 700 });
      await vi.waitFor(() => { expect(seen.at(-1)).toBe(700); });
      // The records went through the native object store, not Dexie's bulkPut, and the change was told.
      expect(bulkPut).not.toHaveBeenCalled();
      expect(changedTables).toContain('accounts');
      expect(await db.accounts.get('a0699')).toMatchObject({ name: 'Account 699', tags: [], deleted: false });
    } finally {
      subscription.unsubscribe();
      Dexie.on('storagemutated').unsubscribe(onMutated);
      db.close();
    }
  });

  it('stores nothing of a page whose write fails midway (nor its cursor), and takes it in on the next round', async () => {
    const db = createDb('native-put-fails');
    const put = IDBObjectStore.prototype.put;
    const failing = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if ((value as { id?: string }).id === 'a0450') throw new DOMException('The disk is full.', 'QuotaExceededError');
      return put.call(this, value, key);
    });
    const transport = serverWithAccounts(700, 300);
    expect(await syncOnce(db, transport)).toMatchObject({ ok: false });
    // The first page (0–299) is kept with its cursor; nothing of the failed second page is.
    expect(await db.accounts.count()).toBe(300);
    expect(await db.accounts.get('a0300')).toBeUndefined();
    expect(await db.meta.get('syncCursor')).toMatchObject({ value: '300' });
    failing.mockRestore();
    expect(await syncOnce(db, transport)).toMatchObject({ ok: true, pulled: 400 });
    expect(await db.accounts.count()).toBe(700);
    db.close();
  });
});
