import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDb } from './db';
import { schemaVersions } from './schema';

describe('database versions', () => {
  it('declares versions in ascending order and never drops a table', () => {
    const numbers = schemaVersions.map((v) => v.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    for (let i = 1; i < schemaVersions.length; i += 1) {
      const before = Object.keys(schemaVersions[i - 1]?.stores ?? {});
      const after = Object.keys(schemaVersions[i]?.stores ?? {}).concat(
        Object.entries(schemaVersions[i]?.stores ?? {}).filter(([, s]) => s === null).map(([t]) => t),
      );
      for (const table of before) expect(after).toContain(table);
    }
  });

  it.each(schemaVersions.map((v) => [v.version]))('opens a database written by version %i with its data intact', async (version) => {
    const name = `migration-from-${version}`;
    const old = new Dexie(name);
    for (const v of schemaVersions.filter((s) => s.version <= version)) old.version(v.version).stores(v.stores);
    await old.table('accounts').put({ id: 'a1', name: 'Contoso', tags: ['x'], deleted: false });
    await old.table('outbox').put({ mutationId: 1, entity: 'accounts', id: 'a1', hlc: 'h', space: 'team', fields: {} });
    old.close();

    const db = createDb(name);
    await db.open();
    expect(db.verno).toBe(schemaVersions.at(-1)?.version);
    expect((await db.accounts.get('a1'))?.name).toBe('Contoso');
    expect(await db.outbox.count()).toBe(1);
    db.close();
    await Dexie.delete(name);
  });
});

describe('version 2', () => {
  it('adds an empty pulled-values map to sync bookkeeping written by version 1, and a rejections table', async () => {
    const name = 'upgrade-1-to-2';
    const v1 = new Dexie(name);
    v1.version(1).stores(schemaVersions[0]?.stores ?? {});
    await v1.table('recordMeta').put({ entity: 'accounts', id: 'a1', space: 'team', versions: { name: 4 } });
    v1.close();
    const db = createDb(name);
    expect(await db.recordMeta.get(['accounts', 'a1'])).toEqual({ entity: 'accounts', id: 'a1', space: 'team', versions: { name: 4 }, values: {} });
    expect(await db.rejections.count()).toBe(0);
    db.close();
    await Dexie.delete(name);
  });
});
