import { describe, expect, it } from 'vitest';
import { newRecordFields } from '../record-defaults';
import { meetingLeadChampions, meetingLeadEvidence, planMeetingLead } from './meeting-lead';
import { testReview } from './test-bundle';

const now = '2026-12-01T10:00:00.000Z';
const contact = (id: string, role: 'champion' | 'user', deleted = false) => ({ id, ...newRecordFields('contacts', { accountId: 'acc-1', name: id, role, deleted }, now) });

describe('a lead flagged in a meeting', () => {
  it('starts its evidence with the line and says where and when it was raised, in the user\u2019s zone', () => {
    const review = testReview({ title: 'Q4 business review', scheduledAt: '2026-12-10T23:30:00.000Z' });
    expect(meetingLeadEvidence('  They want analytics for the EU team ', review, 'Asia/Tokyo')).toBe('They want analytics for the EU team\nRaised in Q4 business review on 11 Dec 2026');
    expect(meetingLeadEvidence('', review, 'UTC')).toBe('Raised in Q4 business review on 10 Dec 2026');
  });

  it('offers the attending stakeholders as champions, the attending champion first choice', () => {
    const contacts = [contact('ada', 'champion'), contact('bob', 'user'), contact('cy', 'champion'), contact('gone', 'user', true)];
    expect(meetingLeadChampions(contacts, ['bob', 'ada', 'gone'])).toMatchObject({ choices: [{ id: 'ada' }, { id: 'bob' }], preselected: 'ada' });
    expect(meetingLeadChampions(contacts, ['bob']).preselected).toBeNull();
  });

  it('writes the lead (identified, from the meeting) and the meeting notes in one plan', () => {
    const notes = { agendaItems: [], notes: 'They want analytics', assessmentComment: '' };
    const lead = { accountId: 'acc-1', title: 'Analytics add-on', kind: 'product' as const, estimatedArrMinor: 1_200_000, currency: 'USD', timing: '2027-02-01', championContactId: 'ada', evidence: 'They want analytics' };
    const plan = planMeetingLead(lead, 'lead-1', 'm-1', now, { id: 'rev-1', accountId: 'acc-1' }, notes);
    expect(plan).toHaveLength(2);
    expect(plan[0]).toMatchObject({ op: 'create', entity: 'expansionOpportunities', id: 'lead-1', fields: { stage: 'identified', source: 'meeting', ownerId: 'm-1', title: 'Analytics add-on' } });
    expect(plan[1]).toMatchObject({ op: 'update', entity: 'reviews', id: 'rev-1', patch: { notes: 'They want analytics' } });
    expect(() => planMeetingLead({ ...lead, accountId: 'other' }, 'lead-1', null, now, { id: 'rev-1', accountId: 'acc-1' }, notes)).toThrow(/account met/);
  });
});
