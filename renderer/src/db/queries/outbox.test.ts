import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { newRecordFields } from '../../../../shared/domain/record-defaults';
import { data, db } from '../instance';
import { readOutbox } from './outbox';

describe('the outbox as the desktop mirror reads it', () => {
  it('lists every unsent edit in push shape, a create stored as plain values included', async () => {
    const id = await data.create('accounts', newRecordFields('accounts', { name: 'Contoso' }, '2026-11-28T10:00:00.000Z'));
    await db.recordMeta.put({ entity: 'accounts', id, space: 'team', versions: { name: 3 }, values: {} });
    await data.update('accounts', id, { name: 'Contoso Ltd' });
    const [create, rename] = await readOutbox();
    expect(create?.fields.name).toEqual({ value: 'Contoso', base: 0 });
    expect(Object.values(create?.fields ?? {}).every((f) => f.base === 0)).toBe(true);
    expect(rename?.fields).toEqual({ name: { value: 'Contoso Ltd', base: 3 } });
    expect(JSON.stringify(await readOutbox())).not.toContain('"values"');
  });
});
