import { describe, expect, it } from 'vitest';
import { dueAlerts } from '../due-alerts';
import { targetSurvey, type AnswerLike } from './follow-up-survey';
import { testProgram, testTarget } from './fixtures.test-support';
import { surveyOverdueAlerts } from './survey-alerts';

const program = testProgram();
const sent = '2026-12-01T10:00:00.000Z';
const mine = testTarget('a1', { assigneeId: 'me', stage: 'followed_up', contactedAt: '2026-11-28T12:00:00.000Z', surveyRequestedAt: sent });
const names = new Map([['a1', 'Acme'], ['a2', 'Globex']]);
// 15 days after the request is when the 14 days have fully passed.
const crossing = { from: Date.parse('2026-12-16T09:59:30.000Z'), to: Date.parse('2026-12-16T10:00:30.000Z') };
const answer = (patch: Partial<AnswerLike> = {}): AnswerLike => ({ id: 'r1', accountId: 'a1', kind: 'nps', score: 8, comment: '', respondedAt: '2026-12-05T09:00:00.000Z', deleted: false, ...patch });
const alerts = (patch: Partial<Parameters<typeof surveyOverdueAlerts>[0]> = {}) =>
  surveyOverdueAlerts({ programs: [program], targets: [mine], responses: [], accountNames: names, me: 'me', ...crossing, ...patch });

describe('overdue follow-up survey alerts', () => {
  it('alerts once when my survey becomes overdue since the last check, as the program page counts it', () => {
    expect(alerts()).toEqual([{ key: `survey:t-a1:${sent}`, title: 'Follow-up survey overdue', body: 'Acme: no answer after 14 days — EU payments outage' }]);
    expect(targetSurvey(mine, [], new Date(crossing.from).toISOString()).status).toBe('awaiting');
    expect(targetSurvey(mine, [], new Date(crossing.to).toISOString()).status).toBe('overdue');
  });

  it('does not alert again for a survey that was already overdue before the last check', () => {
    expect(alerts({ from: Date.parse('2026-12-16T10:00:30.000Z'), to: Date.parse('2026-12-16T10:01:30.000Z') })).toEqual([]);
    expect(alerts({ from: Date.parse('2026-12-20T10:00:00.000Z'), to: Date.parse('2026-12-20T10:01:00.000Z') })).toEqual([]);
  });

  it('does not alert for an answered survey, but does when the only answer predates the request', () => {
    expect(alerts({ responses: [answer()] })).toEqual([]);
    expect(alerts({ responses: [answer({ respondedAt: '2026-11-20T09:00:00.000Z' })] })).toHaveLength(1);
    expect(alerts({ responses: [answer({ deleted: true })] })).toHaveLength(1);
    expect(alerts({ responses: [answer({ accountId: 'a2' })] })).toHaveLength(1);
  });

  it('alerts only for my accounts and unowned ones when I am known', () => {
    const theirs = { ...mine, id: 't-a2', accountId: 'a2', assigneeId: 'ben' };
    const unowned = { ...mine, id: 't-a3', accountId: 'a3', assigneeId: null };
    expect(alerts({ targets: [theirs] })).toEqual([]);
    expect(alerts({ targets: [theirs, unowned] }).map((a) => a.body)).toEqual(['An account: no answer after 14 days — EU payments outage']);
    expect(alerts({ targets: [theirs], me: null })).toHaveLength(1);
  });

  it('does not alert for unrequested surveys, removed accounts or programs no longer active', () => {
    expect(alerts({ targets: [{ ...mine, surveyRequestedAt: null }] })).toEqual([]);
    expect(alerts({ targets: [{ ...mine, deleted: true }] })).toEqual([]);
    expect(alerts({ programs: [{ ...program, status: 'completed' }] })).toEqual([]);
  });

  it('reaches the desktop notifications through the due alerts', () => {
    const input = { commitments: [], escalations: [], events: [], accountNames: names, zone: 'UTC', myMemberId: 'me', recovery: { programs: [program], targets: [mine], responses: [] } };
    const at = { lastCheckedAt: '2026-12-16T09:59:30.000Z', now: '2026-12-16T10:00:30.000Z' };
    expect(dueAlerts({ ...input, ...at }).map((a) => a.title)).toEqual(['Follow-up survey overdue']);
    expect(dueAlerts({ ...input, ...at, recovery: { ...input.recovery, responses: [answer()] } })).toEqual([]);
  });
});
