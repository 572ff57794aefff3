import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { describeError, describeStorageError } from './storage-error';

const quota = () => Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });

describe('telling storage failures apart', () => {
  it('says the storage is full, however the quota error is wrapped', () => {
    expect(describeStorageError(quota())?.kind).toBe('full');
    expect(describeStorageError(new Dexie.QuotaExceededError('quota'))?.kind).toBe('full');
    expect(describeStorageError(new Dexie.AbortError('Transaction aborted', quota()))?.kind).toBe('full');
    expect(describeStorageError(new Dexie.BulkError('1 of 2 failed', [quota()]))?.kind).toBe('full');
    expect(describeStorageError(new Error('write failed', { cause: quota() }))?.kind).toBe('full');
    expect(describeStorageError(Object.assign(new Error('x'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' }))?.kind).toBe('full');
    expect(describeError(new Dexie.QuotaExceededError('quota'))).toMatch(/^This device's storage is full/);
  });

  it('tells a database closed under the app and storage that is not there', () => {
    expect(describeStorageError(new Dexie.DatabaseClosedError())?.message).toMatch(/Reload the window/);
    expect(describeStorageError(new Dexie.MissingAPIError('IndexedDB API missing'))?.kind).toBe('unavailable');
  });

  it('a real closed Dexie database fails with the closed explanation', async () => {
    const db = new Dexie('storage-error-closed');
    db.version(1).stores({ items: 'id' });
    await db.open();
    db.close();
    const failure: unknown = await db.table('items').put({ id: 'a' }).catch((e: unknown) => e);
    expect(describeStorageError(failure)?.kind).toBe('closed');
  });

  it('leaves every other error alone', () => {
    expect(describeStorageError(new TypeError('Failed to fetch'))).toBeNull();
    expect(describeStorageError(new Dexie.ConstraintError('Key already exists'))).toBeNull();
    expect(describeStorageError('boom')).toBeNull();
    expect(describeError(new Error('Name is required'))).toBe('Name is required');
  });
});
