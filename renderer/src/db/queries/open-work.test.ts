import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { generatePortfolio } from '../../../../shared/sample/portfolio';
import { data, db } from '../instance';
import { newRecordFields } from '../../../../shared/domain/record-defaults';
import { readOpenConflictsByAccount, readOpenWork } from './open-work';

const conflictOf = (id: string, entity: string, recordId: string, resolved = false) => ({
  id, entity, recordId, field: 'name', keptValue: 'A', lostValue: 'B', keptBy: 'u1', lostBy: 'u2',
  keptHlc: '2026-11-22T06:33:21.123Z-0000-0123456789abcdef', lostHlc: '2026-11-22T06:33:20.123Z-0000-0123456789abcdef',
  at: '2026-11-22T06:33:21.123Z', resolved, deleted: false,
});

describe('open conflicts per account', () => {
  it('counts conflicts of the account and of its stakeholders and commitments, not settled ones', async () => {
    const p = generatePortfolio({ accounts: 2 });
    await data.createMany('accounts', p.accounts);
    await data.createMany('contacts', p.contacts);
    const [first, second] = p.accounts;
    const contact = p.contacts.find((c) => c.accountId === second?.id);
    await db.conflicts.bulkPut([
      conflictOf('cf1', 'accounts', first?.id ?? ''),
      conflictOf('cf2', 'accounts', first?.id ?? '', true),
      conflictOf('cf3', 'contacts', contact?.id ?? ''),
      conflictOf('cf4', 'contacts', 'no-such-contact'),
    ]);
    const counts = await readOpenConflictsByAccount();
    expect(Object.fromEntries(counts)).toEqual({ [first?.id ?? '']: 1, [second?.id ?? '']: 1 });
  });
});

describe('open work', () => {
  it('reads open commitments and escalations with their events and account names, nothing closed or deleted', async () => {
    const at = '2026-11-01T00:00:00.000Z';
    const acme = await data.create('accounts', newRecordFields('accounts', { name: 'Open Work Co' }, at));
    const open = await data.create('commitments', newRecordFields('commitments', { accountId: acme, title: 'Open one' }, at));
    await data.create('commitments', newRecordFields('commitments', { accountId: acme, title: 'Moved', status: 'renegotiated' }, at));
    await data.create('commitments', newRecordFields('commitments', { accountId: acme, title: 'Done', status: 'kept' }, at));
    const gone = await data.create('commitments', newRecordFields('commitments', { accountId: acme, title: 'Gone' }, at));
    await data.remove('commitments', gone);
    const escalation = await data.create('escalations', newRecordFields('escalations', { accountId: acme, title: 'Outage' }, at));
    await data.create('escalations', newRecordFields('escalations', { accountId: acme, title: 'Closed', status: 'closed' }, at));
    await data.create('escalationEvents', newRecordFields('escalationEvents', { escalationId: escalation, accountId: acme, kind: 'customer_update', body: 'Sent' }, at));

    const work = await readOpenWork();
    const mine = (titles: { title: string; accountId: string | null }[]) => titles.filter((x) => x.accountId === acme).map((x) => x.title).sort();
    expect(mine(work.commitments)).toEqual(['Moved', 'Open one']);
    expect(mine(work.escalations)).toEqual(['Outage']);
    expect(work.events.filter((e) => e.escalationId === escalation)).toHaveLength(1);
    expect(work.accountNames.get(acme)).toBe('Open Work Co');
    expect(work.commitments.some((c) => c.id === open)).toBe(true);
  });

  it('reads escalations in every active status with only their events, and names deleted accounts too', async () => {
    const at = '2026-11-02T00:00:00.000Z';
    const acme = await data.create('accounts', newRecordFields('accounts', { name: 'Statuses Co' }, at));
    const gone = await data.create('accounts', newRecordFields('accounts', { name: 'Former Co' }, at));
    await data.remove('accounts', gone);
    const ids = new Map<string, string>();
    for (const status of ['open', 'investigating', 'waiting_on_customer', 'waiting_on_internal', 'resolved', 'closed'] as const) {
      const id = await data.create('escalations', newRecordFields('escalations', { accountId: acme, title: status, status }, at));
      ids.set(status, id);
      await data.create('escalationEvents', newRecordFields('escalationEvents', { escalationId: id, accountId: acme, kind: 'customer_update', body: status }, at));
    }
    const work = await readOpenWork();
    expect(work.escalations.filter((e) => e.accountId === acme).map((e) => e.title).sort()).toEqual(['investigating', 'open', 'waiting_on_customer', 'waiting_on_internal']);
    expect(work.events.filter((e) => e.accountId === acme).map((e) => e.body).sort()).toEqual(['investigating', 'open', 'waiting_on_customer', 'waiting_on_internal']);
    expect(work.accountNames.get(acme)).toBe('Statuses Co');
    expect(work.accountNames.get(gone)).toBe('Former Co');
  });
});
