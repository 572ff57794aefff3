import { describe, expect, it } from 'vitest';
import { generatePortfolio } from '../sample/portfolio';
import { dueAlerts } from './due-alerts';
import { testProgram, testTarget } from './recovery/fixtures.test-support';

const p = generatePortfolio({ accounts: 10 });
const base = p.commitments[0]!;
const escalation = { ...p.escalations[0] ?? { ...base, id: 'e' }, id: 'esc-1', accountId: base.accountId ?? 'a', severity: 'S1' as const, status: 'open' as const, openedAt: '2026-11-20T10:00:00.000Z', resolvedAt: null, deleted: false, title: 'Sync down', departments: [], description: '', ownerId: null, targetResolutionDate: null, rootCause: '', resolution: '' };
const names = new Map([[base.accountId ?? '', 'Acme']]);

describe('due alerts', () => {
  it('reminds of a commitment on the morning it is due, once', () => {
    const c = { ...base, id: 'c1', status: 'open' as const, owedBy: 'us' as const, dueDate: '2026-11-23', dueTime: null, deleted: false };
    const input = { commitments: [c], escalations: [], events: [], accountNames: names, zone: 'UTC' };
    const first = dueAlerts({ ...input, lastCheckedAt: '2026-11-23T08:59:00.000Z', now: '2026-11-23T09:00:30.000Z' });
    expect(first).toEqual([{ key: expect.stringContaining('c1'), title: 'Commitment due today', body: `${c.title} — Acme` }]);
    expect(dueAlerts({ ...input, lastCheckedAt: '2026-11-23T09:00:30.000Z', now: '2026-11-23T09:01:30.000Z' })).toEqual([]);
  });

  it('alerts when an S1 customer update becomes overdue, and not when it was logged in time', () => {
    const input = { commitments: [], accountNames: names, zone: 'UTC', escalations: [escalation] };
    const overdue = dueAlerts({ ...input, events: [], lastCheckedAt: '2026-11-21T09:59:00.000Z', now: '2026-11-21T10:00:30.000Z' });
    expect(overdue.map((a) => a.title)).toEqual(['Customer update overdue (S1)']);
    const update = { id: 'v', escalationId: 'esc-1', accountId: escalation.accountId, kind: 'customer_update' as const, department: null, body: 'ok', fromStatus: null, toStatus: null, at: '2026-11-21T08:00:00.000Z', authorId: null, deleted: false };
    expect(dueAlerts({ ...input, events: [update], lastCheckedAt: '2026-11-21T09:59:00.000Z', now: '2026-11-21T10:00:30.000Z' })).toEqual([]);
  });

  it('alerts a reminder set by hand, and only for my commitments when I am known', () => {
    const mine = { ...base, id: 'c2', status: 'open' as const, owedBy: 'us' as const, ownerId: 'me', dueDate: '2026-12-20', dueTime: null, deleted: false, remindAt: '2026-11-23T14:00:00.000Z' };
    const theirs = { ...mine, id: 'c3', ownerId: 'ben' };
    const input = { commitments: [mine, theirs], escalations: [], events: [], accountNames: names, zone: 'UTC', lastCheckedAt: '2026-11-23T13:59:00.000Z', now: '2026-11-23T14:00:30.000Z' };
    expect(dueAlerts({ ...input, myMemberId: 'me' })).toEqual([{ key: expect.stringContaining('c2'), title: 'Reminder', body: mine.title }]);
    expect(dueAlerts(input)).toHaveLength(2);
  });

  it('alerts once when a recovery deadline passes with my (or nobody\'s) accounts not contacted', () => {
    const program = testProgram();
    const targets = [testTarget('a1'), testTarget('a2', { assigneeId: 'ben' }), testTarget('a3', { stage: 'contacted', contactedAt: '2026-11-29T00:00:00.000Z' })];
    const input = { commitments: [], escalations: [], events: [], accountNames: names, zone: 'UTC', recovery: { programs: [program], targets }, myMemberId: 'me' };
    expect(dueAlerts({ ...input, lastCheckedAt: '2026-11-30T07:59:30.000Z', now: '2026-11-30T08:00:30.000Z' })).toEqual([
      { key: 'recovery:prog:2026-11-30T08:00:00.000Z', title: 'Recovery outreach overdue', body: '1 account not contacted — EU payments outage' },
    ]);
    expect(dueAlerts({ ...input, lastCheckedAt: '2026-11-30T08:00:30.000Z', now: '2026-11-30T08:01:30.000Z' })).toEqual([]);
    expect(dueAlerts({ ...input, myMemberId: null, lastCheckedAt: '2026-11-30T07:59:30.000Z', now: '2026-11-30T08:00:30.000Z' })[0]?.body).toMatch(/^2 accounts/);
    expect(dueAlerts({ ...input, recovery: { programs: [{ ...program, status: 'completed' }], targets }, lastCheckedAt: '2026-11-30T07:59:30.000Z', now: '2026-11-30T08:00:30.000Z' })).toEqual([]);
  });

  it('alerts once when a survey follow-up passes its first-contact target uncontacted, for me or nobody', () => {
    const f = { id: 'fu-1', accountId: base.accountId ?? '', ownerId: null, stage: 'open' as const, dueAt: '2026-11-23T10:00:00.000Z', firstContactAt: null, deleted: false };
    const input = { commitments: [], escalations: [], events: [], accountNames: names, zone: 'UTC', myMemberId: 'me' };
    const at = { lastCheckedAt: '2026-11-23T09:59:30.000Z', now: '2026-11-23T10:00:30.000Z' };
    expect(dueAlerts({ ...input, ...at, followUps: [f] })).toEqual([{ key: 'followup:fu-1', title: 'Survey follow-up overdue', body: 'No first contact yet after an unhappy answer — Acme' }]);
    expect(dueAlerts({ ...input, ...at, followUps: [{ ...f, ownerId: 'ben' }] })).toEqual([]);
    expect(dueAlerts({ ...input, ...at, followUps: [{ ...f, firstContactAt: '2026-11-23T09:00:00.000Z' }] })).toEqual([]);
    expect(dueAlerts({ ...input, lastCheckedAt: '2026-11-23T10:00:30.000Z', now: '2026-11-23T10:01:30.000Z', followUps: [f] })).toEqual([]);
  });
});
