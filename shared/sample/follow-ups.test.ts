import { describe, expect, it } from 'vitest';
import { followUpClock, followUpIdFor } from '../domain/closed-loop';
import { isFollowUpTrigger, isRescuingAnswer } from '../domain/survey-rules';
import type { SurveyResponse } from '../domain/survey-response';
import { sampleFollowUps } from './follow-ups';
import { generatePortfolio } from './portfolio';

const now = '2026-11-22T09:00:00.000Z';
const nowMs = Date.parse(now);
const hoursAgo = (h: number) => new Date(nowMs - h * 3_600_000).toISOString();
const answer = (id: string, kind: SurveyResponse['kind'], score: number, respondedAt: string): SurveyResponse => ({ id, accountId: 'A', contactId: null, kind, score, comment: '', theme: '', respondedAt, deleted: false });

describe('the sample closed loop', () => {
  it('opens one follow-up per unhappy answer by the shared rule, rescued only by a later good answer (hand case)', () => {
    const responses = [answer('r1', 'nps', 3, hoursAgo(60 * 24)), answer('r2', 'nps', 9, hoursAgo(30 * 24)), answer('r3', 'csat', 1, hoursAgo(10)), answer('r4', 'nps', 8, hoursAgo(20))];
    const accounts = [{ id: 'A', ownerId: 'tm-2' }] as Parameters<typeof sampleFollowUps>[0]['accounts'];
    const list = sampleFollowUps({ accounts, surveyResponses: responses }, nowMs);
    expect(list.map((f) => f.id)).toEqual(['fu-r1', 'fu-r3']);
    const [rescued, fresh] = list;
    expect(rescued).toMatchObject({ responseId: 'r1', ownerId: 'tm-2', stage: 'closed', outcome: 'rescued', rescuedById: 'r2', closedAt: hoursAgo(30 * 24) });
    // r3 came 10 hours ago, after every good answer: still open, due 48 hours after the answer.
    expect(fresh).toMatchObject({ responseId: 'r3', stage: 'open', firstContactAt: null, outcome: null, dueAt: hoursAgo(10 - 48) });
  });

  it('gives the generated sample follow-ups for all its detractor and CSAT ≤ 2 answers, in every believable state', () => {
    const p = generatePortfolio({ now });
    const unhappy = p.surveyResponses.filter((r) => isFollowUpTrigger(r));
    expect(p.surveyFollowUps.map((f) => f.id).sort()).toEqual(unhappy.map((r) => followUpIdFor(r.id)).sort());
    const owner = new Map(p.accounts.map((a) => [a.id, a.ownerId]));
    expect(p.surveyFollowUps.every((f) => f.ownerId === owner.get(f.accountId))).toBe(true);
    const open = p.surveyFollowUps.filter((f) => f.stage === 'open');
    expect(open.some((f) => !followUpClock(f, nowMs).overdue)).toBe(true);
    expect(open.some((f) => followUpClock(f, nowMs).overdue)).toBe(true);
    expect(p.surveyFollowUps.some((f) => f.stage === 'contacted' && f.firstContactAt !== null)).toBe(true);
    expect(p.surveyFollowUps.some((f) => f.outcome === 'not_rescued')).toBe(true);
    const byId = new Map(p.surveyResponses.map((r) => [r.id, r]));
    const rescued = p.surveyFollowUps.filter((f) => f.outcome === 'rescued');
    expect(rescued.length).toBeGreaterThan(0);
    for (const f of rescued) {
      const later = byId.get(f.rescuedById ?? '');
      expect(later && isRescuingAnswer(later) && later.accountId === f.accountId && later.respondedAt > (byId.get(f.responseId)?.respondedAt ?? '')).toBe(true);
    }
    // Nothing is contacted in the future or closed before it was opened.
    expect(p.surveyFollowUps.every((f) => (f.firstContactAt ?? now) <= now && (f.closedAt ?? f.openedAt) >= f.openedAt)).toBe(true);
  });
});
