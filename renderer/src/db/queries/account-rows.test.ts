import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { newRecordFields } from '../../../../shared/domain/record-defaults';
import { data, db } from '../instance';
import { buildAccountRows, createRowJoiner, lastTouchChunk, listPageSize, readAccountRows, readLastTouches, readListAccounts, readStakeholderNames } from './account-rows';

const zone = 'America/New_York';
const now = '2026-11-18T15:00:00.000Z'; // Wednesday 10:00 in New York
const created = '2026-11-01T00:00:00.000Z';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('account list rows', () => {
  it('joins each account with its stakeholders, escalations, overdue commitments and last touch', async () => {
    const acme = await data.create('accounts', newRecordFields('accounts', { name: 'Acme' }, created));
    const globex = await data.create('accounts', newRecordFields('accounts', { name: 'Globex' }, created));
    await data.create('contacts', newRecordFields('contacts', { accountId: acme, name: 'Ada Lovelace' }, created));
    const gone = await data.create('contacts', newRecordFields('contacts', { accountId: acme, name: 'Gone Person' }, created));
    await data.remove('contacts', gone);
    await data.create('escalations', newRecordFields('escalations', { accountId: acme, title: 'Outage', severity: 'S1' }, created));
    await data.create('escalations', newRecordFields('escalations', { accountId: acme, title: 'Billing', severity: 'S3' }, created));
    await data.create('escalations', newRecordFields('escalations', { accountId: globex, title: 'Old', severity: 'S1', status: 'resolved' }, created));
    const promise = (over: Record<string, unknown>) => data.create('commitments', newRecordFields('commitments', { title: 'P', accountId: acme, owedBy: 'us', ...over }, created));
    await promise({ dueDate: '2026-11-17' }); // yesterday: overdue
    await promise({ dueDate: '2026-11-18', dueTime: '09:00' }); // earlier today: overdue by its time
    await promise({ dueDate: '2026-11-18' }); // today, no time: not yet
    await promise({ dueDate: '2026-11-10', owedBy: 'customer' }); // theirs: not ours to count
    await promise({ dueDate: '2026-11-10', status: 'kept' });
    await data.create('touches', newRecordFields('touches', { accountId: acme, summary: 'Call', at: '2026-11-02T10:00:00.000Z' }, created));
    await data.create('touches', newRecordFields('touches', { accountId: acme, summary: 'Call', at: '2026-11-12T10:00:00.000Z' }, created));

    const rows = await readAccountRows(now, zone);
    const byName = new Map(rows.map((r) => [r.account.name, r]));
    expect(byName.get('Acme')).toMatchObject({
      stakeholderNames: ['Ada Lovelace'], openEscalations: 2, severeEscalations: 1, overdueCommitments: 2, lastTouchAt: '2026-11-12T10:00:00.000Z',
    });
    expect(byName.get('Globex')).toMatchObject({ stakeholderNames: [], openEscalations: 0, overdueCommitments: 0, lastTouchAt: null });
    // The same rows an hour before midnight and just after: today's untimed promise turns overdue at local midnight.
    expect(byName.get('Acme')?.overdueCommitments).toBe(2);
    const afterMidnight = await readAccountRows('2026-11-19T05:00:00.000Z', zone);
    expect(afterMidnight.find((r) => r.account.id === acme)?.overdueCommitments).toBe(3);
  });

  it('shows the accounts before their facts are read', async () => {
    await data.create('accounts', newRecordFields('accounts', { name: 'Acme' }, created));
    const rows = buildAccountRows(await readListAccounts(), {}, now, zone);
    expect(rows).toEqual([expect.objectContaining({ stakeholderNames: [], openEscalations: 0, overdueCommitments: 0, lastTouchAt: null })]);
  });

  it('reads a portfolio of several pages whole, each account once, and a live read sees an edit on the first page and a new account', async () => {
    const count = listPageSize * 2 + 3;
    await data.createMany('accounts', Array.from({ length: count }, (_, i) => ({ ...newRecordFields('accounts', { name: `Account ${i}` }, created), id: `list-${String(i).padStart(4, '0')}` })));
    const all = await readListAccounts();
    expect(all).toHaveLength(count);
    expect(all.map((a) => a.id)).toEqual((await db.accounts.toArray()).map((a) => a.id));

    const seen: { id: string; name: string }[][] = [];
    const subscription = liveQuery(readListAccounts).subscribe({ next: (v) => seen.push(v) });
    await expect.poll(() => seen.length).toBe(1);
    const first = all[0]!;
    await data.update('accounts', first.id, { name: 'Renamed first' });
    await expect.poll(() => seen.at(-1)?.find((a) => a.id === first.id)?.name).toBe('Renamed first');
    await data.create('accounts', newRecordFields('accounts', { name: 'Newest' }, created));
    await expect.poll(() => seen.at(-1)?.length).toBe(count + 1);
    expect(seen.at(-1)?.some((a) => a.name === 'Newest')).toBe(true);
    // The last pages are read after the read let other work go first: an edit there is seen too.
    const lastAccount = all[count - 1]!;
    await data.update('accounts', lastAccount.id, { name: 'Renamed last' });
    await expect.poll(() => seen.at(-1)?.find((a) => a.id === lastAccount.id)?.name).toBe('Renamed last');
    subscription.unsubscribe();
  });

  it('sees a new stakeholder on a later page of the contacts in a live read, and a whole read inside a transaction still works', async () => {
    const acme = await data.create('accounts', newRecordFields('accounts', { name: 'Acme' }, created));
    await data.createMany('contacts', Array.from({ length: 2_100 }, (_, i) => ({ ...newRecordFields('contacts', { accountId: acme, name: `Person ${i}` }, created), id: `c-${String(i).padStart(5, '0')}` })));
    const seen: number[] = [];
    const subscription = liveQuery(readStakeholderNames).subscribe({ next: (names) => seen.push(names.get(acme)?.length ?? 0) });
    await expect.poll(() => seen.at(-1)).toBe(2_100);
    await data.createMany('contacts', [{ ...newRecordFields('contacts', { accountId: acme, name: 'Zed Last' }, created), id: 'c-99999' }]);
    await expect.poll(() => seen.at(-1)).toBe(2_101);
    subscription.unsubscribe();
    const inTransaction = await db.transaction('r', db.contacts, () => readStakeholderNames());
    expect(inTransaction.get(acme)).toHaveLength(2_101);
  });

  it('finds each account\'s latest touch, whatever order the touches were logged in, and a live read sees a new one', async () => {
    const touch = (accountId: string, at: string) => data.create('touches', newRecordFields('touches', { accountId, summary: 'Call', at }, created));
    const ids = ['acc-b', 'acc-a', 'acc-c', 'acc-d'];
    for (const id of ids) await data.create('accounts', newRecordFields('accounts', { name: id }, created), { id });
    await touch('acc-b', '2026-11-05T10:00:00.000Z');
    await touch('acc-a', '2026-11-09T10:00:00.000Z');
    await touch('acc-b', '2026-11-15T10:00:00.000Z');
    await touch('acc-c', '2026-11-01T10:00:00.000Z');
    await touch('acc-b', '2026-11-10T10:00:00.000Z');
    await touch('acc-a', '2026-11-02T10:00:00.000Z');
    expect(Object.fromEntries(await readLastTouches())).toEqual({
      'acc-a': '2026-11-09T10:00:00.000Z', 'acc-b': '2026-11-15T10:00:00.000Z', 'acc-c': '2026-11-01T10:00:00.000Z',
    });

    const seen: ReadonlyMap<string, string>[] = [];
    const subscription = liveQuery(readLastTouches).subscribe({ next: (v) => seen.push(v) });
    await expect.poll(() => seen.length).toBe(1);
    await touch('acc-d', '2026-11-20T10:00:00.000Z');
    await expect.poll(() => seen.at(-1)?.get('acc-d')).toBe('2026-11-20T10:00:00.000Z');
    subscription.unsubscribe();
  });
});

describe('last touches of many accounts', () => {
  it('finds every account\'s latest touch across several steps of the walk', async () => {
    const count = lastTouchChunk * 2 + 7;
    const ids = Array.from({ length: count }, (_, i) => `acc-${String(i).padStart(4, '0')}`);
    const touch = (accountId: string, i: number, day: number) => ({ ...newRecordFields('touches', { accountId, summary: 'Call', at: `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z` }, created), id: `t-${i}-${day}` });
    await data.createMany('touches', ids.flatMap((id, i) => [touch(id, i, 3 + (i % 20)), touch(id, i, 2)]));
    const last = await readLastTouches();
    expect(last.size).toBe(count);
    expect(ids.every((id, i) => last.get(id) === `2026-11-${String(3 + (i % 20)).padStart(2, '0')}T10:00:00.000Z`)).toBe(true);
  });
});

describe('joining the list rows again', () => {
  it('keeps every unchanged row (and the whole array when nothing changed) and renews only the account a fact changed for', async () => {
    for (const name of ['Acme', 'Globex', 'Initech']) await data.create('accounts', newRecordFields('accounts', { name }, created));
    const accounts = await readListAccounts();
    const [acme, globex] = accounts;
    const join = createRowJoiner();
    const plain = join(accounts, {}, now, zone);
    expect(join(accounts, {}, now, zone)).toBe(plain);

    const facts = { stakeholderNames: new Map([[acme!.id, ['Ada']]]), lastTouchAt: new Map([[globex!.id, '2026-11-12T10:00:00.000Z']]) };
    const withFacts = join(accounts, facts, now, zone);
    expect(withFacts).not.toBe(plain);
    expect(withFacts.map((r, i) => r === plain[i])).toEqual([false, false, true]);
    // The same facts read again (new maps, equal contents): nothing is new.
    expect(join(accounts, { stakeholderNames: new Map([[acme!.id, ['Ada']]]), lastTouchAt: new Map(facts.lastTouchAt) }, now, zone)).toBe(withFacts);

    const touched = join(accounts, { ...facts, lastTouchAt: new Map([[globex!.id, '2026-11-20T10:00:00.000Z']]) }, now, zone);
    expect(touched.map((r, i) => r === withFacts[i])).toEqual([true, false, true]);
    expect(touched[1]?.lastTouchAt).toBe('2026-11-20T10:00:00.000Z');
    expect(touched[0]?.stakeholderNames).toEqual(['Ada']);
  });
});
