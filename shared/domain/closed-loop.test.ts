import { describe, expect, it } from 'vitest';
import { followUpClock, followUpClockLabel, followUpIdFor, followUpsForImported, openFollowUps, planFollowUpStep, planRecordResponse, rescuingResponse } from './closed-loop';
import type { SurveyFollowUp } from './survey-follow-up';
import { surveyFollowUpSchema } from './survey-follow-up';
import { surveyResponseSchema } from './survey-response';

const actor = { at: '2026-11-02T10:00:00.000Z', newId: () => 'resp-1' };
const input = { accountId: 'acc', contactId: 'ann', kind: 'nps' as const, score: 4, comment: 'Slow support', theme: 'support', respondedAt: '2026-11-02T09:00:00.000Z' };
const resp = (id: string, kind: 'nps' | 'csat', score: number, respondedAt: string, contactId: string | null = 'ann', accountId = 'acc') =>
  ({ id, accountId, contactId, kind, score, respondedAt, deleted: false });

describe('recording an answer', () => {
  it('opens a follow-up for a detractor in the same plan, owned by the account owner, due 48 hours after the answer', () => {
    const { plan, followUpId } = planRecordResponse(input, { ownerId: 'owner-1' }, actor);
    expect(followUpId).toBe('fu-resp-1');
    expect(plan).toHaveLength(2);
    const followUp = plan[1];
    expect(followUp).toMatchObject({ op: 'create', entity: 'surveyFollowUps', id: 'fu-resp-1' });
    if (followUp?.op !== 'create') throw new Error('expected a create');
    expect(followUp.fields).toMatchObject({ responseId: 'resp-1', accountId: 'acc', ownerId: 'owner-1', stage: 'open', dueAt: '2026-11-04T09:00:00.000Z' });
    expect(surveyFollowUpSchema.safeParse({ id: followUp.id, ...followUp.fields }).success).toBe(true);
  });

  it('takes another first-contact target when the team set one', () => {
    const { plan } = planRecordResponse(input, { ownerId: null, targetHours: 24 }, actor);
    expect(plan[1]?.op === 'create' && plan[1].fields).toMatchObject({ dueAt: '2026-11-03T09:00:00.000Z' });
  });

  it('opens none for a passive, a CSAT of 3 or a CES, and one for a CSAT of 2', () => {
    expect(planRecordResponse({ ...input, score: 7 }, { ownerId: null }, actor).plan).toHaveLength(1);
    expect(planRecordResponse({ ...input, kind: 'csat', score: 3 }, { ownerId: null }, actor).plan).toHaveLength(1);
    expect(planRecordResponse({ ...input, kind: 'ces', score: 1 }, { ownerId: null }, actor).plan).toHaveLength(1);
    expect(planRecordResponse({ ...input, kind: 'csat', score: 2 }, { ownerId: null }, actor).plan).toHaveLength(2);
  });

  it('derives the same follow-up id from the same answer, always a valid id', () => {
    expect(followUpIdFor('abc')).toBe(followUpIdFor('abc'));
    const long = 'x'.repeat(64);
    expect(followUpIdFor(long)).toHaveLength(64);
    expect(followUpIdFor(long)).not.toBe(followUpIdFor(`${'x'.repeat(63)}y`));
  });

  it('refuses a CES above 7 and a CSAT of 0', () => {
    expect(surveyResponseSchema.safeParse({ ...input, id: 'r', kind: 'ces', score: 8, deleted: false }).success).toBe(false);
    expect(surveyResponseSchema.safeParse({ ...input, id: 'r', kind: 'csat', score: 0, deleted: false }).success).toBe(false);
  });
});

describe('imported answers', () => {
  it('open one follow-up per unhappy answer that has none yet', () => {
    const list = followUpsForImported(
      [resp('a', 'nps', 3, '2026-10-01T00:00:00.000Z'), resp('b', 'nps', 9, '2026-10-02T00:00:00.000Z'), resp('c', 'csat', 1, '2026-10-03T00:00:00.000Z')],
      () => 'owner', new Set(['fu-c']), '2026-11-01T00:00:00.000Z',
    );
    expect(list.map((f) => f.id)).toEqual(['fu-a']);
    expect(list[0]).toMatchObject({ ownerId: 'owner', dueAt: '2026-10-03T00:00:00.000Z', openedAt: '2026-11-01T00:00:00.000Z' });
  });
});

const followUp: SurveyFollowUp = {
  id: 'fu-d', responseId: 'd', accountId: 'acc', contactId: 'ann', ownerId: null, stage: 'open', openedAt: '2026-11-02T09:00:00.000Z',
  dueAt: '2026-11-04T09:00:00.000Z', firstContactAt: null, rootCause: '', action: '', outcome: null, rescuedById: null, closedAt: null, deleted: false,
};

describe('rescue', () => {
  const detractor = resp('d', 'nps', 3, '2026-11-02T09:00:00.000Z');
  it('is the earliest later good answer from the same stakeholder of the account', () => {
    const list = [detractor, resp('early', 'nps', 10, '2026-11-01T00:00:00.000Z'), resp('bob', 'nps', 9, '2026-11-05T00:00:00.000Z', 'bob'),
      resp('other', 'nps', 9, '2026-11-05T00:00:00.000Z', 'ann', 'acc-2'), resp('low', 'nps', 6, '2026-11-06T00:00:00.000Z'),
      resp('csat4', 'csat', 4, '2026-11-08T00:00:00.000Z'), resp('nps9', 'nps', 9, '2026-11-09T00:00:00.000Z')];
    expect(rescuingResponse(followUp, list)?.id).toBe('csat4');
  });
  it('is any later good answer from the account when the stakeholder is unknown', () => {
    expect(rescuingResponse({ ...followUp, contactId: null }, [detractor, resp('bob', 'nps', 7, '2026-11-05T00:00:00.000Z', 'bob')])?.id).toBe('bob');
  });
  it('is nobody before a good answer comes in', () => {
    expect(rescuingResponse(followUp, [detractor])).toBeNull();
  });
});

describe('moving a follow-up on', () => {
  const rescuer = resp('r', 'nps', 9, '2026-11-05T00:00:00.000Z');
  it('records the first contact once, then closes as rescued with the answer that rescued it', () => {
    const contacted = planFollowUpStep(followUp, { stage: 'contacted', rootCause: '', action: '', outcome: null }, null, '2026-11-03T08:00:00.000Z');
    expect(contacted[0]?.op === 'update' && contacted[0].patch).toMatchObject({ stage: 'contacted', firstContactAt: '2026-11-03T08:00:00.000Z', closedAt: null });
    const after = { ...followUp, stage: 'contacted' as const, firstContactAt: '2026-11-03T08:00:00.000Z' };
    const closed = planFollowUpStep(after, { stage: 'closed', rootCause: 'Slow answers', action: 'Named engineer', outcome: 'rescued' }, rescuer, '2026-11-06T00:00:00.000Z');
    expect(closed[0]?.op === 'update' && closed[0].patch).toMatchObject({ stage: 'closed', firstContactAt: '2026-11-03T08:00:00.000Z', outcome: 'rescued', rescuedById: 'r', closedAt: '2026-11-06T00:00:00.000Z' });
  });
  it('refuses "rescued" without a later good answer, a close without an outcome, and a root cause stage without one', () => {
    expect(() => planFollowUpStep(followUp, { stage: 'closed', rootCause: '', action: '', outcome: 'rescued' }, null, actor.at)).toThrow(/NPS 7\+ or CSAT 4\+/);
    expect(() => planFollowUpStep(followUp, { stage: 'closed', rootCause: '', action: '', outcome: null }, null, actor.at)).toThrow(/rescued or not/);
    expect(() => planFollowUpStep(followUp, { stage: 'root_cause', rootCause: ' ', action: '', outcome: null }, null, actor.at)).toThrow(/root cause/);
  });
});

describe('the 48-hour clock', () => {
  it('counts down to the target, then runs overdue until a first contact', () => {
    const due = Date.parse(followUp.dueAt);
    expect(followUpClock(followUp, due - 3_600_000)).toMatchObject({ msRemaining: 3_600_000, overdue: false, contacted: false });
    expect(followUpClock(followUp, due + 1)).toMatchObject({ overdue: true });
    expect(followUpClock({ ...followUp, firstContactAt: '2026-11-05T00:00:00.000Z' }, due + 1)).toMatchObject({ overdue: false, contacted: true, contactedLate: true });
  });
  it('reads as hours left, then overdue, then contacted', () => {
    const due = Date.parse(followUp.dueAt);
    expect(followUpClockLabel(followUpClock(followUp, due - 48 * 3_600_000 + 60_000))).toBe('47 h 59 min left for first contact');
    expect(followUpClockLabel(followUpClock(followUp, due + 3 * 3_600_000))).toBe('first contact overdue by 3 h 0 min');
    expect(followUpClockLabel(followUpClock(followUp, due - 5 * 24 * 3_600_000))).toBe('5 d 0 h left for first contact');
    expect(followUpClockLabel(followUpClock({ ...followUp, firstContactAt: followUp.openedAt }, due))).toBe('contacted in time');
  });
  it('lists open follow-ups, uncontacted ones first, the nearest target first', () => {
    const list = [
      { ...followUp, id: '1', dueAt: '2026-11-05T00:00:00.000Z' }, { ...followUp, id: '2', dueAt: '2026-11-04T00:00:00.000Z' },
      { ...followUp, id: '3', dueAt: '2026-11-01T00:00:00.000Z', firstContactAt: '2026-10-31T00:00:00.000Z' }, { ...followUp, id: '4', stage: 'closed' as const },
    ];
    expect(openFollowUps(list).map((f) => f.id)).toEqual(['2', '1', '3']);
  });
});
