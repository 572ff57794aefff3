import { describe, expect, it } from 'vitest';
import {
  championLost, commitmentsOverdue, defaultRiskOptions, detractor, goingQuiet, renewalLowHealth, renewalPassed, repeatTickets, riskAlerts, updateOverdue, usageDeclining,
} from './risk-rules';
import { testInput, weeklyUsage } from './test-input';

const today = '2026-11-22';
const asOf = { today };
const at = (daysAgo: number) => new Date(Date.parse(`${today}T12:00:00Z`) - daysAgo * 86_400_000).toISOString();
const touch = (daysAgo: number) => ({ contactId: null, kind: 'call' as const, at: at(daysAgo), deleted: false });
const ticket = (daysAgo: number, category = 'Billing') => ({ category, openedAt: at(daysAgo), deleted: false });

describe('at-risk rules', () => {
  it('usage declining: fires below a quarter down, not at 20% down', () => {
    expect(usageDeclining(testInput({ usage: weeklyUsage(today, [60, 60, 60, 60, 60, ...Array<number>(13).fill(100)]) }), asOf))
      .toEqual({ rule: 'usage_declining', reason: 'Usage down 40% against the 90-day baseline', urgency: 2 });
    expect(usageDeclining(testInput({ usage: weeklyUsage(today, [80, 80, 80, 80, 80, ...Array<number>(13).fill(100)]) }), asOf)).toBeNull();
    expect(usageDeclining(testInput(), asOf)).toBeNull();
  });

  it('going quiet: nothing for 21+ days after a busy spell; a never-busy account is not "quiet"', () => {
    const busy = [touch(30), touch(40), touch(50), ticket(35), ticket(60), touch(70)];
    expect(goingQuiet(testInput({ touches: busy.filter((x) => 'kind' in x) as never, tickets: busy.filter((x) => 'category' in x) as never }), asOf)?.reason)
      .toBe('Gone quiet: no touch, ticket or usage for 30 days after a busy spell (6 in the 90 days before)');
    expect(goingQuiet(testInput({ touches: [touch(30), touch(40)] }), asOf)).toBeNull();
    expect(goingQuiet(testInput({ touches: [touch(2), touch(30), touch(40), touch(50), touch(60), touch(70)] }), asOf)).toBeNull();
    // Usage at zero is no usage; usage above zero is activity.
    const zeroUsage = weeklyUsage(today, [0, 0, 0, 0, 50, 50, 50, 50, 50, 50]);
    expect(goingQuiet(testInput({ usage: zeroUsage }), asOf)?.rule).toBe('going_quiet');
  });

  it('repeat tickets: three of one category within 30 days', () => {
    expect(repeatTickets(testInput({ tickets: [ticket(1), ticket(10), ticket(29), ticket(2, 'Login')] }), asOf)?.reason).toBe('3 tickets about Billing in 30 days');
    expect(repeatTickets(testInput({ tickets: [ticket(1), ticket(10), ticket(40)] }), asOf)).toBeNull();
  });

  it('detractor: the latest answer is a recent detractor, named', () => {
    const contacts = [{ id: 'c1', name: 'Dana Price', role: 'user' as const, sentiment: 'neutral' as const, deleted: false }];
    const s = (score: number, daysAgo: number) => ({ kind: 'nps' as const, score, respondedAt: at(daysAgo), contactId: 'c1', deleted: false });
    expect(detractor(testInput({ contacts, surveys: [s(9, 100), s(3, 5)] }), asOf)?.reason).toBe('Detractor: NPS 3 from Dana Price 5 days ago');
    expect(detractor(testInput({ contacts, surveys: [s(3, 30), s(9, 5)] }), asOf)).toBeNull();
    expect(detractor(testInput({ contacts, surveys: [s(3, 90)] }), asOf)).toBeNull();
  });

  it('renewal within 90 days with health below healthy', () => {
    const input = testInput({}, { renewalDate: '2027-01-01' });
    expect(renewalLowHealth(input, asOf, 55)).toEqual({ rule: 'renewal_low_health', reason: 'Renews in 40 days with health 55', urgency: 2 });
    expect(renewalLowHealth(input, asOf, 80)).toBeNull();
    expect(renewalLowHealth(testInput({}, { renewalDate: '2027-06-01' }), asOf, 30)).toBeNull();
  });

  it('customer update overdue on an open escalation', () => {
    const escalations = [{ id: 'e1', title: 'Sync outage', severity: 'S1' as const, status: 'open' as const, openedAt: at(3), resolvedAt: null, departments: [], deleted: false }];
    const events = [{ escalationId: 'e1', kind: 'customer_update' as const, at: at(2), deleted: false }];
    expect(updateOverdue(testInput({ escalations, escalationEvents: events }), Date.parse(`${today}T12:00:00Z`))?.reason).toBe('Customer update on "Sync outage" overdue by 1 d');
    expect(updateOverdue(testInput({ escalations, escalationEvents: [{ ...events[0]!, at: at(0.5) }] }), Date.parse(`${today}T12:00:00Z`))).toBeNull();
    // The cadence set in Settings: S1 every 4 hours makes the update of 12 hours ago overdue by 8 h; none for S1 makes it never overdue.
    const every4h = { S1: 4 * 3_600_000, S2: null, S3: null, S4: null };
    expect(riskAlerts(testInput({ escalations, escalationEvents: [{ ...events[0]!, at: at(0.5) }] }), asOf, 80, Date.parse(`${today}T12:00:00Z`), { ...defaultRiskOptions, cadence: every4h })
      .find((r) => r.rule === 'update_overdue')?.reason).toBe('Customer update on "Sync outage" overdue by 8 h');
    expect(updateOverdue(testInput({ escalations, escalationEvents: events }), Date.parse(`${today}T12:00:00Z`), { ...every4h, S1: null })).toBeNull();
  });

  it('our commitments overdue, oldest named', () => {
    const c = (dueDate: string, title: string) => ({ id: title, title, owedBy: 'us' as const, status: 'open' as const, dueDate, deleted: false });
    expect(commitmentsOverdue(testInput({ commitments: [c('2026-11-20', 'B'), c('2026-11-12', 'Send the roadmap')] }), asOf)?.reason).toBe('We owe "Send the roadmap", overdue by 10 days (+1 more)');
    expect(commitmentsOverdue(testInput({ commitments: [c('2026-11-22', 'today')] }), asOf)).toBeNull();
  });

  it('champion gone or negative; a second, positive champion keeps it quiet', () => {
    const champ = (id: string, sentiment: 'positive' | 'negative', deleted = false) => ({ id, name: `Champ ${id}`, role: 'champion' as const, sentiment, deleted });
    expect(championLost(testInput({ contacts: [champ('1', 'negative')] }))?.reason).toBe('Champion Champ 1 turned negative');
    expect(championLost(testInput({ contacts: [champ('1', 'positive', true)] }))?.reason).toBe('Champion Champ 1 gone, no new champion named');
    expect(championLost(testInput({ contacts: [champ('1', 'negative'), champ('2', 'positive')] }))).toBeNull();
  });

  it('renewal date passed with no renewal recorded, unless churned', () => {
    expect(renewalPassed(testInput({}, { renewalDate: '2026-11-10' }), asOf)?.reason).toBe('Renewal date passed 12 days ago with no renewal recorded');
    expect(renewalPassed(testInput({}, { renewalDate: '2026-11-10', lifecycleStage: 'churned' }), asOf)).toBeNull();
    expect(renewalPassed(testInput({}, { renewalDate: '2026-11-22' }), asOf)).toBeNull();
    const renewed = testInput({ accountEvents: [{ kind: 'renewed', at: '2026-11-05T10:00:00.000Z', deleted: false }] }, { renewalDate: '2026-11-10' });
    expect(renewalPassed(renewed, asOf)).toBeNull();
  });

  it('lists every alert of an account, most urgent first; none for a churned or deleted one', () => {
    const input = testInput({ usage: weeklyUsage(today, [40, 40, 40, 40, 40, ...Array<number>(13).fill(100)]) }, { renewalDate: '2026-11-10' });
    expect(riskAlerts(input, asOf, 50, Date.parse(today)).map((a) => a.rule)).toEqual(['renewal_passed', 'usage_declining']);
    expect(riskAlerts({ ...input, account: { ...input.account, deleted: true } }, asOf, 50, Date.parse(today))).toEqual([]);
  });
});
