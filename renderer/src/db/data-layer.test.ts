import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Account } from '../../../shared/domain/account';
import { isHlc } from '../../../shared/sync/hlc';
import { createDataLayer } from './data-layer';
import { createDb, type RapportDb } from './db';
import { expandOutboxEntry } from './sync-state';
import { ValidationError } from './validation-error';

const account = (overrides: Partial<Account> = {}): Omit<Account, 'id'> => ({
  name: 'Northwind Health', externalId: null, segment: 'enterprise', tier: 'tier_1', arrMinor: 12_000_000,
  currency: 'USD', renewalDate: '2027-03-31', lifecycleStage: 'mature', ownerId: null, industry: 'Healthcare',
  tags: ['priority'], createdAt: '2026-11-01T09:00:00.000Z', deleted: false,
  website: '', phone: '', billingCity: '', billingCountry: '', description: '', surveyCadenceDays: null, ...overrides,
});

let db: RapportDb;
/** The outbox as it is pushed (plain-value entries expanded). */
const pushShaped = async () => (await db.outbox.toArray()).map(expandOutboxEntry);
let counter = 0;
function open() {
  counter += 1;
  db = createDb(`data-layer-${counter}`);
  return createDataLayer(db, () => Date.parse('2026-11-22T10:00:00.000Z'));
}
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('data layer', () => {
  it('writes a record and its outbox mutation with an HLC and consecutive mutation ids', async () => {
    const data = open();
    const id = await data.create('accounts', account());
    await data.update('accounts', id, { name: 'Northwind Health Group' });
    expect((await db.accounts.get(id))?.name).toBe('Northwind Health Group');
    const outbox = await pushShaped();
    expect(outbox.map((m) => m.mutationId)).toEqual([1, 2]);
    expect(outbox[0]?.fields.name).toEqual({ value: 'Northwind Health', base: 0 });
    expect(outbox[1]?.fields).toEqual({ name: { value: 'Northwind Health Group', base: 0 } });
    expect(outbox.every((m) => isHlc(m.hlc))).toBe(true);
    expect((outbox[1]?.hlc ?? '') > (outbox[0]?.hlc ?? '')).toBe(true);
  });

  it('sends the last seen field version as base', async () => {
    const data = open();
    const id = await data.create('accounts', account());
    await db.recordMeta.put({ entity: 'accounts', id, space: 'team', versions: { name: 17 }, values: {} });
    await data.update('accounts', id, { name: 'Renamed' });
    const last = (await pushShaped()).at(-1);
    expect(last?.fields.name).toEqual({ value: 'Renamed', base: 17 });
  });

  it('rolls back the record when the outbox write fails', async () => {
    const data = open();
    db.outbox.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(data.create('accounts', account({ name: 'Lost Corp' }))).rejects.toThrow();
    expect(await db.accounts.count()).toBe(0);
    expect(await db.recordMeta.count()).toBe(0);
  });

  it('writes no outbox entry when the record write fails', async () => {
    const data = open();
    const id = await data.create('accounts', account());
    await expect(data.create('accounts', account(), { id })).rejects.toThrow();
    expect(await db.outbox.count()).toBe(1);
  });

  it('refuses invalid fields with a message per field and writes nothing', async () => {
    const data = open();
    const error = await data.create('accounts', account({ name: '', currency: 'dollars' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toMatchObject({ name: 'Give the account a name', currency: expect.stringContaining('three-letter') });
    expect(await db.outbox.count()).toBe(0);
  });

  it('soft-deletes and restores, syncing the deleted flag', async () => {
    const data = open();
    const id = await data.create('accounts', account());
    await data.remove('accounts', id);
    expect((await db.accounts.get(id))?.deleted).toBe(true);
    await data.restore('accounts', id);
    expect((await db.accounts.get(id))?.deleted).toBe(false);
    const fields = (await pushShaped()).slice(1).map((m) => m.fields.deleted?.value);
    expect(fields).toEqual([true, false]);
  });

  it('records nothing for an update that changes nothing', async () => {
    const data = open();
    const id = await data.create('accounts', account());
    await data.update('accounts', id, { name: 'Northwind Health' });
    expect(await db.outbox.count()).toBe(1);
  });

  it('keeps private records in the private space', async () => {
    const data = open();
    const id = await data.create('commitments', {
      accountId: null, title: 'Call my mentor', details: '', owedBy: 'us', ownerId: null, toContactId: null,
      dueDate: '2026-11-27', dueTime: null, sourceKind: 'manual', sourceId: null, status: 'open',
      renegotiatedReason: '', customerConfirmed: false, completedAt: null, remindAt: null, createdAt: '2026-11-22T10:00:00.000Z', deleted: false,
    }, { space: 'private' });
    await data.update('commitments', id, { status: 'kept' });
    expect((await db.outbox.toArray()).map((m) => m.space)).toEqual(['private', 'private']);
  });

  it('bulk-creates with one mutation per record', async () => {
    const data = open();
    const rows = Array.from({ length: 50 }, (_, i) => ({ ...account({ name: `Account ${i}` }), id: `acc-${i}` }));
    await data.createMany('accounts', rows);
    expect(await db.accounts.count()).toBe(50);
    const outbox = await db.outbox.toArray();
    expect(outbox.map((m) => m.mutationId)).toEqual(rows.map((_, i) => i + 1));
    expect(new Set(outbox.map((m) => m.hlc)).size).toBe(50);
  });

  it('keeps no metadata row for team records created here (private ones keep theirs), and their edits still carry the right base', async () => {
    const data = open();
    await data.createMany('accounts', [{ ...account(), id: 'imported' }]);
    await data.createMany('accounts', [{ ...account({ name: 'Mine only' }), id: 'mine' }], { space: 'private' });
    expect(await db.recordMeta.toArray()).toEqual([expect.objectContaining({ id: 'mine', space: 'private' })]);
    await data.update('accounts', 'imported', { name: 'Renamed before any sync' });
    await data.update('accounts', 'mine', { name: 'Still mine' });
    expect(await db.recordMeta.count()).toBe(1);
    // After a first sync stored other records (known at its floor), an edit bases itself on that floor.
    await db.meta.put({ key: 'pulledFloor', value: 40 });
    await data.update('accounts', 'imported', { industry: 'Retail' });
    const outbox = await pushShaped();
    expect(outbox.map((m) => [m.id, m.space, Object.values(m.fields).map((f) => f.base)])).toEqual([
      ['imported', 'team', Array(Object.keys(outbox[0]?.fields ?? {}).length).fill(0)],
      ['mine', 'private', Array(Object.keys(outbox[1]?.fields ?? {}).length).fill(0)],
      ['imported', 'team', [0]], ['mine', 'private', [0]], ['imported', 'team', [40]],
    ]);
  });

  it('commits a command whole: a failure in the middle leaves nothing, not even its first writes', async () => {
    const data = open();
    const accountId = await data.create('accounts', account());
    const before = await db.outbox.count();
    await expect(data.command(async (w) => {
      await w.create('escalations', { accountId, title: 'Outage', severity: 'S1' });
      await w.update('accounts', accountId, { lifecycleStage: 'at_risk' });
      await w.create('commitments', { title: '' }); // refused: a commitment says what was promised
    })).rejects.toBeInstanceOf(ValidationError);
    expect(await db.escalations.count()).toBe(0);
    expect((await db.accounts.get(accountId))?.lifecycleStage).toBe('mature');
    expect(await db.accountEvents.count()).toBe(0);
    expect(await db.outbox.count()).toBe(before);
  });

  it('stamps a command once: its mutations are consecutive and in the order written', async () => {
    const data = open();
    const id = await data.command(async (w) => {
      const created = await w.create('accounts', { name: 'Contoso' });
      await w.create('contacts', { accountId: created, name: 'Ines Varga' });
      return created;
    });
    const outbox = await db.outbox.toArray();
    expect(outbox.map((m) => [m.mutationId, m.entity])).toEqual([[1, 'accounts'], [2, 'contacts']]);
    expect(await db.contacts.where('accountId').equals(id).count()).toBe(1);
  });

  it('records contract and lifecycle changes of an account as history events', async () => {
    const data = open();
    const id = await data.create('accounts', account({ arrMinor: 10_000_00, currency: 'EUR' }));
    await data.update('accounts', id, { arrMinor: 12_500_00 });
    await data.update('accounts', id, { lifecycleStage: 'churned' });
    await data.update('accounts', id, { name: 'Renamed' });
    // The clock is fixed here, so both events share one time: compare them by kind.
    const events = (await db.accountEvents.toArray()).sort((a, b) => a.kind.localeCompare(b.kind));
    expect(events.map((e) => [e.kind, e.fromArrMinor, e.toArrMinor, e.currency])).toEqual([
      ['arr_changed', 10_000_00, 12_500_00, 'EUR'],
      ['churned', 12_500_00, 12_500_00, 'EUR'],
    ]);
    expect(events[1]).toMatchObject({ fromStage: 'mature', toStage: 'churned', accountId: id });
  });
});
