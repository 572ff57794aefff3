import { describe, expect, it } from 'vitest';
import { assessmentComponent, assessmentWeightFactor } from './assessment';
import { championComponent } from './champion';
import { commitmentsComponent } from './commitments';
import { engagementComponent } from './engagement';
import { escalationsComponent } from './escalations';
import { renewalComponent } from './renewal';
import { roundToTotal } from './round-to-total';
import { satisfactionComponent } from './satisfaction';
import { supportComponent } from './support-load';
import { testInput, weeklyUsage } from './test-input';
import { usageComponent } from './usage-trend';

const today = '2026-11-22';
const asOf = { today };
const ticket = (daysAgo: number, category: string) => ({ category, openedAt: new Date(Date.parse(`${today}T12:00:00Z`) - daysAgo * 86_400_000).toISOString(), deleted: false });
const survey = (kind: 'nps' | 'csat', score: number, respondedAt: string) => ({ kind, score, respondedAt, contactId: null, deleted: false });
const contact = (id: string, role: 'champion' | 'decision_maker' | 'user', sentiment: 'positive' | 'neutral' | 'negative' = 'positive', deleted = false) => ({ id, name: `Person ${id}`, role, sentiment, deleted });

describe('health components', () => {
  it('usage: growth caps at 100, collapse at 0, flat is 83; prefers active users over logins', () => {
    expect(usageComponent(testInput({ usage: weeklyUsage(today, [200, ...Array<number>(17).fill(100)]) }), asOf).score).toBe(100);
    expect(usageComponent(testInput({ usage: weeklyUsage(today, [0, 0, 0, 0, 0, ...Array<number>(13).fill(100)]) }), asOf)).toEqual({ score: 0, sentence: 'Usage down 100% against the 90-day baseline' });
    expect(usageComponent(testInput({ usage: weeklyUsage(today, Array<number>(18).fill(40)) }), asOf).score).toBeCloseTo(83.33);
    const both = [...weeklyUsage(today, Array<number>(18).fill(40), 'logins'), ...weeklyUsage(today, [20, 20, 20, 20, 20, ...Array<number>(13).fill(40)])];
    expect(usageComponent(testInput({ usage: both }), asOf).sentence).toBe('Usage down 50% against the 90-day baseline');
  });

  it('support: extra tickets this month and one category repeating cost points (hand-computed)', () => {
    // 4 this month, 3 in the 90 days before (1.0 a month): 100 − 20 × 3 = 40; categories spread, no repeat penalty.
    const spread = [ticket(1, 'a'), ticket(5, 'b'), ticket(9, 'c'), ticket(20, 'd'), ticket(40, 'e'), ticket(70, 'f'), ticket(100, 'g')];
    expect(supportComponent(testInput({ tickets: spread }), asOf)).toEqual({ score: 40, sentence: '4 tickets in 30 days against 1.0 a month before' });
    // One ticket of Billing this month, 4 more of Billing 31–89 days ago (1.33 a month): no excess; 5 of one category → 3 repeats × 15.
    const repeats = [ticket(3, 'Billing'), ticket(35, 'Billing'), ticket(45, 'Billing'), ticket(60, 'Billing'), ticket(80, 'Billing')];
    expect(supportComponent(testInput({ tickets: repeats }), asOf)).toEqual({ score: 55, sentence: '1 ticket in 30 days against 1.3 a month before; 5 about Billing in 90 days' });
  });

  it('satisfaction: latest answer on 0–100, moved by a quarter of the trend; old answers do not count', () => {
    expect(satisfactionComponent(testInput({ surveys: [survey('nps', 9, '2026-10-01T00:00:00.000Z')] }), asOf).score).toBe(90);
    // Latest NPS 4 (40) after an average of 80: 40 + (40 − 80) / 4 = 30.
    const falling = [survey('nps', 8, '2026-05-01T00:00:00.000Z'), survey('csat', 5, '2026-07-01T00:00:00.000Z'), survey('nps', 4, '2026-11-01T00:00:00.000Z')];
    // earlier: NPS 8 → 80, CSAT 5 → 100: mean 90; 40 + (40 − 90)/4 = 27.5
    expect(satisfactionComponent(testInput({ surveys: falling }), asOf)).toEqual({ score: 27.5, sentence: 'Latest NPS 4 (detractor), down from an average of 90/100 before' });
    expect(satisfactionComponent(testInput({ surveys: [survey('nps', 9, '2025-06-01T00:00:00.000Z')] }), asOf).score).toBeNull();
  });

  it('engagement: 100 within 14 days of a two-way touch with a key person, 0 at 90, notes do not count', () => {
    const contacts = [contact('c1', 'champion'), contact('c2', 'user')];
    const touch = (contactId: string, kind: 'call' | 'note', at: string) => ({ contactId, kind, at, deleted: false });
    expect(engagementComponent(testInput({ contacts, touches: [touch('c1', 'call', '2026-11-10T00:00:00.000Z')] }), asOf).score).toBe(100);
    // 52 days: 100 × (90 − 52) / 76 = 50
    expect(engagementComponent(testInput({ contacts, touches: [touch('c1', 'call', '2026-10-01T09:00:00.000Z')] }), asOf)).toEqual({ score: 50, sentence: 'Last spoke with a decision maker or champion 52 days ago' });
    expect(engagementComponent(testInput({ contacts, touches: [touch('c1', 'note', '2026-11-20T00:00:00.000Z'), touch('c2', 'call', '2026-11-20T00:00:00.000Z')] }), asOf).score).toBe(0);
    expect(engagementComponent(testInput({ contacts }), asOf).score).toBeNull();
  });

  it('escalations: severity points growing with age; several can take it to 0', () => {
    const esc = (severity: 'S1' | 'S3', openedAt: string, status: 'open' | 'resolved' = 'open') => ({ id: severity + openedAt, title: 'x', severity, status, openedAt, resolvedAt: null, departments: [], deleted: false });
    expect(escalationsComponent(testInput({ escalations: [esc('S3', '2026-11-22T00:00:00.000Z')] }), asOf).score).toBe(85);
    // S1 open 15 days: 60 × 1.5 = 90 → 10
    expect(escalationsComponent(testInput({ escalations: [esc('S1', '2026-11-07T00:00:00.000Z')] }), asOf)).toEqual({ score: 10, sentence: 'Open S1 escalation for 15 days' });
    expect(escalationsComponent(testInput({ escalations: [esc('S1', '2026-11-07T00:00:00.000Z'), esc('S1', '2026-11-01T00:00:00.000Z')] }), asOf).score).toBe(0);
    expect(escalationsComponent(testInput({ escalations: [esc('S1', '2026-11-07T00:00:00.000Z', 'resolved')] }), asOf).score).toBe(100);
  });

  it('commitments: only ours, open and past due count', () => {
    const c = (owedBy: 'us' | 'customer', dueDate: string, status: 'open' | 'kept' = 'open') => ({ id: owedBy + dueDate, title: 'Send roadmap', owedBy, status, dueDate, deleted: false });
    // 25 + 4 days = 29 off
    expect(commitmentsComponent(testInput({ commitments: [c('us', '2026-11-18'), c('customer', '2026-11-01'), c('us', '2026-11-01', 'kept'), c('us', '2026-11-22')] }), asOf))
      .toEqual({ score: 71, sentence: '1 of our commitments overdue (oldest by 4 days)' });
  });

  it('champion: sentiment, gone, or never named', () => {
    expect(championComponent(testInput({ contacts: [contact('c1', 'champion', 'negative')] })).score).toBe(15);
    expect(championComponent(testInput({ contacts: [contact('c1', 'champion', 'positive', true)] }))).toEqual({ score: 0, sentence: 'Champion Person c1 gone, no new champion named' });
    expect(championComponent(testInput({ contacts: [contact('c2', 'user')] })).score).toBeNull();
  });

  it('renewal: far is 100, the day itself 40, passed 20, none missing', () => {
    expect(renewalComponent(testInput({}, { renewalDate: '2027-11-22' }), asOf).score).toBe(100);
    expect(renewalComponent(testInput({}, { renewalDate: '2027-02-20' }), asOf).score).toBe(70);
    expect(renewalComponent(testInput({}, { renewalDate: '2026-11-22' }), asOf).score).toBe(40);
    expect(renewalComponent(testInput({}, { renewalDate: '2026-11-10' }), asOf).score).toBe(20);
    expect(renewalComponent(testInput(), asOf).score).toBeNull();
  });

  it('assessment: full weight for 90 days, fading to none at 180', () => {
    expect([0, 90, 135, 180, 400].map(assessmentWeightFactor)).toEqual([1, 1, 0.5, 0, 0]);
    const review = (scheduledAt: string, managerAssessment: number | null) => ({ scheduledAt, managerAssessment, status: 'held' as const, deleted: false });
    expect(assessmentComponent(testInput({ reviews: [review('2026-07-10T00:00:00.000Z', 40), review('2026-11-01T00:00:00.000Z', null)] }), asOf))
      .toEqual({ score: 40, sentence: 'You assessed 40/100 135 days ago; counts 50% as it ages', weightFactor: 0.5 });
    expect(assessmentComponent(testInput({ reviews: [review('2025-01-01T00:00:00.000Z', 90)] }), asOf).score).toBeNull();
  });

  it('rounds points so they add up to the rounded total', () => {
    expect(roundToTotal([8.148, 25.926, 18.519, 14.815])).toEqual([8, 26, 18, 15]);
    expect(roundToTotal([33.333, 33.333, 33.334])).toEqual([33, 33, 34]);
    expect(roundToTotal([])).toEqual([]);
  });
});
