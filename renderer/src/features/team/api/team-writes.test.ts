import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { data, db } from '../../../db/instance';
import { addPerson, carryOverOwnership } from './team-writes';

describe('carrying this device\'s person over to the signed-in member', () => {
  it('moves their accounts, commitments and escalations to the member and removes the local person, together', async () => {
    const local = await addPerson({ name: 'Robin', email: '', role: 'specialist' });
    const other = await addPerson({ name: 'Sam', email: '', role: 'lead' });
    const account = await data.create('accounts', { name: 'Acme', ownerId: local });
    const theirs = await data.create('accounts', { name: 'Globex', ownerId: other });
    const promise = await data.create('commitments', { title: 'Send the roadmap', ownerId: local });
    const escalation = await data.create('escalations', { accountId: account, title: 'SSO down', ownerId: local });
    expect(await carryOverOwnership(local, 'user-42')).toBe(3);
    expect((await db.accounts.get(account))?.ownerId).toBe('user-42');
    expect((await db.accounts.get(theirs))?.ownerId).toBe(other);
    expect((await db.commitments.get(promise))?.ownerId).toBe('user-42');
    expect((await db.escalations.get(escalation))?.ownerId).toBe('user-42');
    expect((await db.teamMembers.get(local))?.deleted).toBe(true);
  });
});
