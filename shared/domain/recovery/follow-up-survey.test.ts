import { describe, expect, it } from 'vitest';
import type { SurveyKind } from '../survey-response';
import { testProgram, testTarget } from './fixtures.test-support';
import { answerLabel, canRequestSurvey, followUpAnswer, planRequestSurvey, surveySummary, targetSurvey } from './follow-up-survey';

const contactedAt = '2026-11-28T09:00:00.000Z';
const requestedAt = '2026-12-10T10:00:00.000Z';
const answer = (id: string, accountId: string, respondedAt: string, kind: SurveyKind, score: number, deleted = false) => ({ id, accountId, respondedAt, kind, score, comment: `said ${id}`, deleted });
const followedUp = (accountId: string, patch = {}) => testTarget(accountId, { stage: 'followed_up', contactedAt, followedUpAt: '2026-12-05T09:00:00.000Z', ...patch });

describe('the follow-up answer of one account', () => {
  it('is none without an answer, and none before the account was even contacted', () => {
    expect(followUpAnswer(followedUp('a1', { surveyRequestedAt: requestedAt }), [])).toBeNull();
    expect(followUpAnswer(testTarget('a1'), [answer('r1', 'a1', '2026-12-11T09:00:00.000Z', 'nps', 9)])).toBeNull();
  });

  it('does not count an answer given before the request, even after the first contact', () => {
    const target = followedUp('a1', { surveyRequestedAt: requestedAt });
    expect(followUpAnswer(target, [answer('r1', 'a1', '2026-12-01T12:00:00.000Z', 'nps', 3)])).toBeNull();
    // The request instant itself counts ("on or after").
    expect(followUpAnswer(target, [answer('r2', 'a1', requestedAt, 'csat', 4)])?.id).toBe('r2');
  });

  it('takes the first of two answers after the request, whatever order they come in, never a removed one or another account', () => {
    const target = followedUp('a1', { surveyRequestedAt: requestedAt });
    const responses = [
      answer('late', 'a1', '2026-12-15T09:00:00.000Z', 'nps', 10),
      answer('gone', 'a1', '2026-12-11T09:00:00.000Z', 'nps', 2, true),
      answer('other', 'a2', '2026-12-11T09:00:00.000Z', 'nps', 0),
      answer('first', 'a1', '2026-12-12T09:00:00.000Z', 'nps', 6),
    ];
    expect(followUpAnswer(target, responses)?.id).toBe('first');
  });

  it('counts from the first contact when no survey was requested', () => {
    const target = followedUp('a1');
    expect(followUpAnswer(target, [answer('before', 'a1', '2026-11-27T09:00:00.000Z', 'nps', 9)])).toBeNull();
    expect(followUpAnswer(target, [answer('after', 'a1', '2026-11-29T09:00:00.000Z', 'ces', 5)])?.id).toBe('after');
  });
});

describe('where a follow-up survey stands', () => {
  const target = followedUp('a1', { surveyRequestedAt: requestedAt });
  it('awaits an answer for 14 days, then is overdue', () => {
    // 10 Dec 10:00 → 20 Dec 00:00 is 9 days and 14 hours.
    expect(targetSurvey(target, [], '2026-12-20T00:00:00.000Z')).toEqual({ status: 'awaiting', answer: null, requestedAt, daysWaiting: 9 });
    expect(targetSurvey(target, [], '2026-12-24T10:00:00.000Z').status).toBe('awaiting');
    expect(targetSurvey(target, [], '2026-12-10T09:59:00.000Z')).toMatchObject({ status: 'awaiting', daysWaiting: 0 });
    expect(targetSurvey(target, [], '2026-12-25T11:00:00.000Z')).toMatchObject({ status: 'overdue', daysWaiting: 15 });
    expect(targetSurvey(followedUp('a1'), [], '2026-12-25T11:00:00.000Z')).toMatchObject({ status: 'not_requested', daysWaiting: null });
  });

  it('is answered once the answer arrives, and says what the answer means', () => {
    const s = targetSurvey(target, [answer('r', 'a1', '2026-12-30T09:00:00.000Z', 'nps', 9)], '2027-01-02T00:00:00.000Z');
    expect(s).toMatchObject({ status: 'answered', daysWaiting: null, answer: { id: 'r' } });
    expect(answerLabel({ kind: 'nps', score: 9 })).toBe('NPS 9 · promoter');
    expect(answerLabel({ kind: 'nps', score: 7 })).toBe('NPS 7 · passive');
    expect(answerLabel({ kind: 'csat', score: 2 })).toBe('CSAT 2');
  });
});

describe('a program\'s follow-up survey in figures', () => {
  it('counts requested, answered and awaiting, lists the overdue, and averages each kind separately', () => {
    const now = '2026-12-30T10:00:00.000Z';
    const targets = [
      followedUp('a1', { surveyRequestedAt: requestedAt }),
      followedUp('a2', { surveyRequestedAt: requestedAt }),
      followedUp('a3', { surveyRequestedAt: requestedAt }),
      followedUp('a4', { surveyRequestedAt: '2026-12-10T10:00:00.000Z' }), // 20 days, no answer
      followedUp('a5', { surveyRequestedAt: '2026-12-27T10:00:00.000Z' }), // 3 days, no answer
      followedUp('a6'),
      followedUp('a7'), // answered after the contact, without a request
      followedUp('a8', { surveyRequestedAt: requestedAt, deleted: true }),
      followedUp('a9', { surveyRequestedAt: requestedAt, programId: 'other' }),
    ];
    const responses = new Map([
      ['a1', [answer('r1', 'a1', '2026-12-11T09:00:00.000Z', 'nps', 9)]],
      ['a2', [answer('r2', 'a2', '2026-12-12T09:00:00.000Z', 'nps', 6), answer('r2b', 'a2', '2026-12-20T09:00:00.000Z', 'nps', 10)]],
      ['a3', [answer('r3', 'a3', '2026-12-01T09:00:00.000Z', 'nps', 0), answer('r3b', 'a3', '2026-12-13T09:00:00.000Z', 'csat', 4)]],
      ['a7', [answer('r7', 'a7', '2026-11-30T09:00:00.000Z', 'ces', 5)]],
      ['a8', [answer('r8', 'a8', '2026-12-11T09:00:00.000Z', 'nps', 0)]],
      ['a9', [answer('r9', 'a9', '2026-12-11T09:00:00.000Z', 'nps', 0)]],
    ]);
    const s = surveySummary(testProgram(), targets, responses, now);
    expect(s).toMatchObject({ requested: 5, answered: 4, awaiting: 2 });
    expect(s.overdue.map((o) => [o.target.accountId, o.daysWaiting])).toEqual([['a4', 20]]);
    // NPS: 9 and 6 (a2's later 10 and a3's 0 before the request do not count) → 7.5.
    expect(s.averages).toEqual({ nps: { count: 2, average: 7.5 }, csat: { count: 1, average: 4 }, ces: { count: 1, average: 5 } });
    expect(s.nps).toEqual({ promoters: 1, passives: 0, detractors: 1 });
  });

  it('has no averages without answers', () => {
    const s = surveySummary(testProgram(), [followedUp('a1')], new Map(), '2026-12-30T10:00:00.000Z');
    expect(s).toMatchObject({ requested: 0, answered: 0, awaiting: 0, overdue: [] });
    expect(s.averages.nps).toEqual({ count: 0, average: null });
  });
});

describe('sending the follow-up survey', () => {
  const actor = { authorId: 'tm-1', at: '2026-12-10T10:00:00.000Z', newId: () => 'touch-1' };
  it('is offered after the follow-up, or once the account has an outcome', () => {
    expect(canRequestSurvey(followedUp('a1'))).toBe(true);
    expect(canRequestSurvey(testTarget('a1', { stage: 'contacted', outcome: 'churned' }))).toBe(true);
    expect(canRequestSurvey(testTarget('a1', { stage: 'remediated' }))).toBe(false);
  });

  it('records the request and logs the email on the account timeline in one plan, once', () => {
    const plan = planRequestSurvey(followedUp('a1'), testProgram(), 'c1', actor);
    expect(plan.map((s) => `${s.op} ${s.entity}`)).toEqual(['update recoveryTargets', 'create touches', 'update contacts']);
    expect(plan[0]).toMatchObject({ id: 't-a1', patch: { surveyRequestedAt: actor.at } });
    expect(plan[1]).toMatchObject({ id: 'touch-1', fields: { accountId: 'a1', kind: 'email', summary: 'Follow-up survey sent: EU payments outage' } });
    expect(() => planRequestSurvey(followedUp('a1', { surveyRequestedAt: requestedAt }), testProgram(), null, actor)).toThrow('already sent');
    expect(() => planRequestSurvey(testTarget('a1', { stage: 'remediated' }), testProgram(), null, actor)).toThrow('Follow up with the account or record its outcome');
  });
});
