import { describe, expect, it } from 'vitest';
import { combineReadings, scoreAccount } from './score';
import { testInput, weeklyUsage } from './test-input';
import { healthComponentKeys, type ComponentReading, type HealthComponentKey } from './types';
import { defaultHealthSettings, weightPresets } from './weights';

const today = '2026-11-22';
const asOf = { today };
const missing: ComponentReading = { score: null, sentence: 'missing' };
const readings = (given: Partial<Record<HealthComponentKey, ComponentReading>>) =>
  Object.fromEntries(healthComponentKeys.map((k) => [k, given[k] ?? missing])) as Record<HealthComponentKey, ComponentReading>;

// Usage 62 in the last 30 days against 100 in the 90 before: down 38%, usage score 100 × (0.62 − 0.5) / 0.6 = 20.
const decliningUsage = weeklyUsage(today, [62, 62, 62, 62, 62, ...Array<number>(13).fill(100)]);
const decisionMaker = { id: 'c1', name: 'Dana Price', role: 'decision_maker' as const, sentiment: 'neutral' as const, deleted: false };

describe('health score', () => {
  it('combines present signals by weight, redistributing the missing ones (hand-computed)', () => {
    const input = testInput({
      usage: decliningUsage, contacts: [decisionMaker],
      touches: [{ contactId: 'c1', kind: 'call', at: '2026-11-08T10:00:00.000Z', deleted: false }],
    });
    const result = scoreAccount(input, asOf, defaultHealthSettings);
    // Mid-market weights present: usage 22 (20), engagement 14 (100), escalations 10 (100), commitments 8 (100) = 54.
    // (22×20 + 14×100 + 10×100 + 8×100) / 54 = 3640 / 54 = 67.4 → 67.
    expect(result.score).toBe(67);
    expect(result.band).toBe('watch');
    const by = Object.fromEntries(result.components.map((c) => [c.key, c]));
    expect(by.usage?.score).toBe(20);
    expect(by.usage?.sentence).toBe('Usage down 38% against the 90-day baseline');
    expect(by.support?.missing).toBe(true);
    expect(by.support?.sentence).toBe('No support tickets recorded');
    expect(by.support?.share).toBe(0);
    // Exact points 8.15, 25.93, 18.52, 14.81 round to 8, 26, 18, 15: they add up to the 67 shown.
    expect(result.components.map((c) => c.points)).toEqual([8, 0, 0, 26, 18, 15, 0, 0, 0]);
    expect(result.components.reduce((s, c) => s + c.share, 0)).toBeCloseTo(1);
    expect(result.drivers).toEqual(['Usage down 38% against the 90-day baseline']);
  });

  it('scores nothing for an account with no data, and says what is missing', () => {
    const result = scoreAccount(testInput(), asOf, defaultHealthSettings);
    expect(result.score).toBeNull();
    expect(result.band).toBe('unknown');
    expect(result.components.find((c) => c.key === 'usage')?.sentence).toBe('No usage data');
    expect(result.drivers).toEqual([]);
  });

  it('does not score on our own facts alone (an open escalation but no customer signal)', () => {
    const input = testInput({ escalations: [{ id: 'e1', title: 'Outage', severity: 'S1', status: 'open', openedAt: '2026-11-20T00:00:00.000Z', resolvedAt: null, departments: [], deleted: false }] });
    expect(scoreAccount(input, asOf, defaultHealthSettings).score).toBeNull();
  });

  it('reports one usage data point as not enough for a trend', () => {
    const input = testInput({ usage: weeklyUsage(today, [50]) });
    const usage = scoreAccount(input, asOf, defaultHealthSettings).components.find((c) => c.key === 'usage');
    expect(usage?.missing).toBe(true);
    expect(usage?.sentence).toMatch(/Not enough usage history/);
  });

  it('fades an old assessment and gives its weight to the others (hand-computed)', () => {
    const result = combineReadings(
      readings({ usage: { score: 20, sentence: 'u' }, assessment: { score: 100, sentence: 'a', weightFactor: 0.5 } }),
      weightPresets.mid_market, defaultHealthSettings,
    );
    // (22×20 + 7×0.5×100) / (22 + 3.5) = 790 / 25.5 = 30.98 → 31
    expect(result.score).toBe(31);
    expect(result.components.find((c) => c.key === 'assessment')?.share).toBeCloseTo(3.5 / 25.5);
  });

  it('handles extreme readings: every signal at 0 is 0, every one at 100 is 100, zero weights are ignored', () => {
    const all = (score: number) => readings(Object.fromEntries(healthComponentKeys.map((k) => [k, { score, sentence: k }])));
    expect(combineReadings(all(0), weightPresets.smb, defaultHealthSettings).score).toBe(0);
    expect(combineReadings(all(0), weightPresets.smb, defaultHealthSettings).band).toBe('at_risk');
    expect(combineReadings(all(100), weightPresets.smb, defaultHealthSettings).score).toBe(100);
    const onlyUsage = { ...weightPresets.smb, support: 0, satisfaction: 0, engagement: 0, escalations: 0, commitments: 0, champion: 0, renewal: 0, assessment: 0 };
    const mixed = readings({ usage: { score: 40, sentence: 'u' }, support: { score: 100, sentence: 's' } });
    expect(combineReadings(mixed, onlyUsage, defaultHealthSettings).score).toBe(40);
  });

  it('names the three biggest drivers, biggest first', () => {
    const result = combineReadings(readings({
      usage: { score: 0, sentence: 'Usage down 60%' }, support: { score: 50, sentence: 'Tickets up' },
      satisfaction: { score: 90, sentence: 'Happy' }, engagement: { score: 10, sentence: 'Quiet' }, champion: { score: 30, sentence: 'Champion negative' },
    }), { ...weightPresets.mid_market }, defaultHealthSettings);
    // lost ∝ weight × (100 − score): usage 22×100, engagement 14×90, champion 10×70, support 10×50, satisfaction 14×10
    expect(result.drivers).toEqual(['Usage down 60%', 'Quiet', 'Champion negative']);
  });

  it('moves an account between bands when the thresholds move', () => {
    const r = readings({ usage: { score: 60, sentence: 'u' } });
    expect(combineReadings(r, weightPresets.smb, defaultHealthSettings).band).toBe('watch');
    expect(combineReadings(r, weightPresets.smb, { thresholds: { healthy: 55, watch: 30 } }).band).toBe('healthy');
    expect(combineReadings(r, weightPresets.smb, { thresholds: { healthy: 90, watch: 65 } }).band).toBe('at_risk');
  });
});

describe('health settings', () => {
  it('refuses negative or empty weights, an all-zero segment and crossed thresholds, in words', async () => {
    const { checkHealthSettings } = await import('./weights');
    expect(checkHealthSettings(defaultHealthSettings)).toBeNull();
    const w = (patch: Partial<typeof weightPresets.smb>) => ({ ...defaultHealthSettings, weights: { ...weightPresets, smb: { ...weightPresets.smb, ...patch } } });
    expect(checkHealthSettings(w({ usage: -1 }))).toBe('Weights are numbers of 0 or more (Usage trend, SMB)');
    expect(checkHealthSettings(w({ usage: Number.NaN }))).toBe('Weights are numbers of 0 or more (Usage trend, SMB)');
    const zero = Object.fromEntries(healthComponentKeys.map((k) => [k, 0])) as typeof weightPresets.smb;
    expect(checkHealthSettings(w(zero))).toBe('Give at least one signal a weight (SMB)');
    expect(checkHealthSettings({ ...defaultHealthSettings, thresholds: { healthy: 40, watch: 60 } })).toMatch(/must be below/);
  });
});
