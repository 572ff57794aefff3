// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { db } from '../../../db/instance';
import { createMeetingDraft, leftoverMeetingNotes } from './meeting-draft';
import { commitInMeeting, planReview } from './review-writes';

const notes = (text: string) => ({ agendaItems: [{ id: 'custom-1', text: 'Roadmap', source: 'custom' as const, sourceId: null, done: false, notes: text }], notes: '', assessmentComment: '' });

async function newReview() {
  const accountId = await db.accounts.add({ id: `acc-${Math.random().toString(36).slice(2)}`, name: 'Northwind' } as never).then(String);
  const id = await planReview({ accountId, kind: 'qbr', title: 'QBR', scheduledAt: '2026-12-10T14:00:00.000Z', placeKind: 'video', place: '', attendeeContactIds: [], attendeeMemberIds: [], objectives: '', agendaItems: notes('').agendaItems });
  return { id, accountId };
}

describe('meeting notes while typing', () => {
  it('keeps every keystroke in localStorage at once and in the database after the pause', async () => {
    const { id } = await newReview();
    const draft = createMeetingDraft(id, 20);
    draft.change(notes('S'));
    draft.change(notes('SSO plan'));
    expect(leftoverMeetingNotes(id)?.agendaItems[0]?.notes).toBe('SSO plan');
    await new Promise((r) => setTimeout(r, 80));
    expect((await db.reviews.get(id))?.agendaItems[0]?.notes).toBe('SSO plan');
    expect(leftoverMeetingNotes(id)).toBeNull();
  });

  it('writes a commitment made in the meeting and the notes in one command', async () => {
    const { id, accountId } = await newReview();
    const commitmentId = await commitInMeeting({ id, accountId }, notes('We send the plan'), { title: 'Send the plan', details: 'Roadmap', owedBy: 'us', ownerId: null, contactId: null, dueDate: '2026-12-17' });
    expect(await db.commitments.get(commitmentId)).toMatchObject({ sourceKind: 'review', sourceId: id, accountId, title: 'Send the plan' });
    expect((await db.reviews.get(id))?.agendaItems[0]?.notes).toBe('We send the plan');
    await expect(commitInMeeting({ id, accountId }, notes('lost?'), { title: '', details: '', owedBy: 'us', ownerId: null, contactId: null, dueDate: '2026-12-17' })).rejects.toThrow();
    expect((await db.reviews.get(id))?.agendaItems[0]?.notes).toBe('We send the plan');
  });
});
