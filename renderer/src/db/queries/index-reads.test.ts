import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { newRecordFields } from '../../../../shared/domain/record-defaults';
import { data, db } from '../instance';
import { indexReadChunk, readIndexEquals } from './index-reads';

const at = '2026-11-01T00:00:00.000Z';
const titles = (rows: { title: string }[]) => rows.map((r) => r.title).sort();

describe('reading records by an index value', () => {
  it('reads the records holding each value, in a live query too, and re-reads when a status changes or a record is added', async () => {
    const account = await data.create('accounts', newRecordFields('accounts', { name: 'Index Reads Co' }, at));
    const promised = await data.create('commitments', newRecordFields('commitments', { accountId: account, title: 'Send the plan' }, at));
    await data.create('commitments', newRecordFields('commitments', { accountId: account, title: 'New date', status: 'renegotiated' }, at));
    await data.create('commitments', newRecordFields('commitments', { accountId: account, title: 'Done', status: 'kept' }, at));
    const read = () => readIndexEquals(db, db.commitments, 'status', ['open', 'renegotiated']);
    expect(titles(await read())).toEqual(['New date', 'Send the plan']);

    const seen: string[][] = [];
    const subscription = liveQuery(read).subscribe({ next: (rows) => seen.push(titles(rows)) });
    try {
      await expect.poll(() => seen.at(-1)).toEqual(['New date', 'Send the plan']);
      await data.update('commitments', promised, { status: 'kept' });
      await expect.poll(() => seen.at(-1)).toEqual(['New date']);
      await data.create('commitments', newRecordFields('commitments', { accountId: account, title: 'Call back' }, at));
      await expect.poll(() => seen.at(-1)).toEqual(['Call back', 'New date']);
    } finally {
      subscription.unsubscribe();
    }
  });

  it('reads inside a transaction through it (no second transaction waiting on the first)', async () => {
    const account = await data.create('accounts', newRecordFields('accounts', { name: 'In Transaction Co' }, at));
    await data.create('commitments', newRecordFields('commitments', { accountId: account, title: 'Inside' }, at));
    const inside = await db.transaction('rw', db.commitments, async () => {
      await db.commitments.put({ ...newRecordFields('commitments', { accountId: account, title: 'Written in it' }, at), id: 'c-in-tx' });
      return readIndexEquals(db, db.commitments, 'status', ['open']);
    });
    expect(titles(inside)).toEqual(expect.arrayContaining(['Inside', 'Written in it']));
  });
});

describe('reading many records by an index value', () => {
  it('reads every one across several steps, none twice, skipping those of other values', async () => {
    const account = await data.create('accounts', newRecordFields('accounts', { name: 'Many Co' }, at));
    const count = indexReadChunk * 2 + 13;
    const rows = Array.from({ length: count }, (_, i) => ({
      ...newRecordFields('commitments', { accountId: account, title: `Many ${i}`, status: i % 5 === 0 ? 'kept' as const : 'open' as const }, at),
      id: `many-${String(i).padStart(5, '0')}`,
    }));
    await data.createMany('commitments', rows);
    const read = (await readIndexEquals(db, db.commitments, 'status', ['open'])).filter((c) => c.id.startsWith('many-'));
    const expected = rows.filter((r) => r.status === 'open').map((r) => r.id);
    expect(read.map((c) => c.id)).toEqual(expected);
  });
});
