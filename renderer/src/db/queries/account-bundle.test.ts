import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { newRecordFields } from '../../../../shared/domain/record-defaults';
import { data } from '../instance';
import { readAccountBundle } from './account-bundle';

const created = '2026-11-01T00:00:00.000Z';

describe('account bundle', () => {
  it('reads one account with its live records only, stakeholders by name, usage only when asked', async () => {
    const acme = await data.create('accounts', newRecordFields('accounts', { name: 'Acme' }, created));
    const other = await data.create('accounts', newRecordFields('accounts', { name: 'Other' }, created));
    await data.create('contacts', newRecordFields('contacts', { accountId: acme, name: 'Zed' }, created));
    await data.create('contacts', newRecordFields('contacts', { accountId: acme, name: 'Ada' }, created));
    await data.create('contacts', newRecordFields('contacts', { accountId: other, name: 'Not here' }, created));
    const removed = await data.create('commitments', newRecordFields('commitments', { accountId: acme, title: 'Removed' }, created));
    await data.remove('commitments', removed);
    await data.create('commitments', newRecordFields('commitments', { accountId: acme, title: 'Send the roadmap' }, created));
    await data.create('escalations', newRecordFields('escalations', { accountId: acme, title: 'Outage' }, created));
    await data.create('usagePoints', newRecordFields('usagePoints', { accountId: acme, date: '2026-11-01', metric: 'logins', value: 3 }, created));

    const bundle = await readAccountBundle(acme);
    expect(bundle?.account.name).toBe('Acme');
    expect(bundle?.contacts.map((c) => c.name)).toEqual(['Ada', 'Zed']);
    expect(bundle?.commitments.map((c) => c.title)).toEqual(['Send the roadmap']);
    expect(bundle?.escalations.map((e) => e.title)).toEqual(['Outage']);
    expect(bundle?.usagePoints).toEqual([]);
    expect((await readAccountBundle(acme, { usage: true }))?.usagePoints).toHaveLength(1);
    expect(await readAccountBundle('no-such-account')).toBeNull();
  });
});
