import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDb } from './db';
import { watchDatabaseLoss, type DatabaseLoss } from './database-replaced';

describe('a database taken from this window', () => {
  it('closes for good when another window upgrades it, and says so', async () => {
    const name = `replaced-${Date.now()}`;
    const db = createDb(name);
    await db.open();
    const lost: DatabaseLoss[] = [];
    watchDatabaseLoss(db, (why) => lost.push(why));
    const newer = new Dexie(name);
    newer.version(db.verno + 1).stores({ extra: 'id' });
    await newer.open();
    expect(lost).toEqual(['upgraded-elsewhere']);
    expect(db.isOpen()).toBe(false);
    const failure: unknown = await db.accounts.count().catch((e: unknown) => e);
    expect(failure).toMatchObject({ name: 'DatabaseClosedError' });
    newer.close();
  });

  it('tells a deletion elsewhere, and stops watching when asked', async () => {
    const name = `replaced-stop-${Date.now()}`;
    const db = createDb(name);
    await db.open();
    const lost: DatabaseLoss[] = [];
    const deleted: DatabaseLoss[] = [];
    watchDatabaseLoss(db, (why) => lost.push(why))();
    watchDatabaseLoss(db, (why) => deleted.push(why));
    await Dexie.delete(name);
    expect(lost).toEqual([]);
    expect(deleted).toEqual(['deleted-elsewhere']);
  });
});
