import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { generatePortfolio } from '../../../../../shared/sample/portfolio';
import { data, db } from '../../../db/instance';
import { moveFollowUp, recordResponse } from './survey-writes';

const nowIso = () => new Date().toISOString();

describe('recording answers and closing the loop', () => {
  it('writes a detractor answer and its follow-up together (owned by the account owner, synced), then closes it as rescued after a later 9', async () => {
    const { accounts } = generatePortfolio({ accounts: 1 });
    const account = { ...accounts[0]!, ownerId: 'owner-1' };
    await data.createMany('accounts', [account]);
    const { id, followUpId } = await recordResponse({ accountId: account.id, contactId: null, kind: 'nps', score: 3, comment: 'Too slow', theme: 'support', respondedAt: nowIso() });
    expect(followUpId).toBe(`fu-${id}`);
    const followUp = await db.surveyFollowUps.get(followUpId!);
    expect(followUp).toMatchObject({ responseId: id, ownerId: 'owner-1', stage: 'open' });
    expect(Date.parse(followUp!.dueAt) - Date.parse((await db.surveyResponses.get(id))!.respondedAt)).toBe(48 * 3_600_000);
    const outbox = await db.outbox.toArray();
    expect(outbox.filter((m) => m.entity === 'surveyFollowUps' && m.id === followUpId)).toHaveLength(1);

    await expect(moveFollowUp(followUpId!, { stage: 'closed', rootCause: '', action: '', outcome: 'rescued' })).rejects.toThrow(/NPS 7\+/);
    await moveFollowUp(followUpId!, { stage: 'contacted', rootCause: '', action: '', outcome: null });
    const later = await recordResponse({ accountId: account.id, contactId: null, kind: 'nps', score: 9, comment: '', theme: '', respondedAt: new Date(Date.now() + 1000).toISOString() });
    expect(later.followUpId).toBeNull();
    await moveFollowUp(followUpId!, { stage: 'closed', rootCause: 'Slow answers', action: 'Named engineer', outcome: 'rescued' });
    expect(await db.surveyFollowUps.get(followUpId!)).toMatchObject({ stage: 'closed', outcome: 'rescued', rescuedById: later.id });
    expect((await db.surveyFollowUps.get(followUpId!))?.firstContactAt).not.toBeNull();
  });
});
