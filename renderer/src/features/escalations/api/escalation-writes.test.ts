import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { generatePortfolio } from '../../../../../shared/sample/portfolio';
import { data, db } from '../../../db/instance';
import { openEscalation, resolveEscalation, undoResolve } from './escalation-writes';

describe('resolving an escalation', () => {
  it('can be undone: the previous status comes back (on the timeline too) and its follow-ups are removed', async () => {
    const { accounts } = generatePortfolio({ accounts: 1 });
    await data.createMany('accounts', accounts);
    const id = await openEscalation({ accountId: accounts[0]!.id, title: 'Outage', description: '', severity: 'S2', departments: ['support'], ownerId: null, targetResolutionDate: null }, null);
    const undo = await resolveEscalation(id, { rootCause: 'Bad deploy', resolution: 'Rolled back', followUps: [{ title: 'Send the post-mortem', dueDate: '2030-01-04' }] }, null);
    expect((await db.escalations.get(id))?.status).toBe('resolved');
    expect((await db.commitments.get(undo.followUpIds[0]!))?.deleted).toBe(false);

    await undoResolve(undo, null);
    const escalation = await db.escalations.get(id);
    expect(escalation).toMatchObject({ status: 'open', resolution: '', rootCause: '', resolvedAt: null });
    expect((await db.commitments.get(undo.followUpIds[0]!))?.deleted).toBe(true);
    const events = await db.escalationEvents.where('escalationId').equals(id).toArray();
    expect(events.filter((e) => e.kind === 'status_change').map((e) => e.toStatus).sort()).toEqual(['open', 'resolved']);
  });
});
