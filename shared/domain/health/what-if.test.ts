import { describe, expect, it } from 'vitest';
import { healthHistory } from './history';
import { scoreAccount } from './score';
import { testInput, weeklyUsage } from './test-input';
import { applyWhatIfs, whatIfOptions } from './what-if';
import { defaultHealthSettings } from './weights';
import { arrAtRisk, rankWorklist, urgencyOf } from './worklist';

const today = '2026-11-22';
const asOf = { today };
const input = testInput({
  usage: weeklyUsage(today, [50, 50, 50, 50, 50, ...Array<number>(13).fill(100)]),
  escalations: [{ id: 'e1', title: 'Outage', severity: 'S1', status: 'investigating', openedAt: '2026-11-12T00:00:00.000Z', resolvedAt: null, departments: [], deleted: false }],
});

describe('what-if', () => {
  it('offers resolving the S1 and usage back to baseline, and each moves the score up', () => {
    const options = whatIfOptions(input, asOf);
    expect(options.map((o) => o.label)).toEqual(['Resolve the S1 escalation "Outage"', 'Usage back to baseline']);
    const before = scoreAccount(input, asOf, defaultHealthSettings).score ?? 0;
    const resolved = scoreAccount(applyWhatIfs(input, [options[0]!.whatIf], asOf), asOf, defaultHealthSettings).score ?? 0;
    const both = scoreAccount(applyWhatIfs(input, options.map((o) => o.whatIf), asOf), asOf, defaultHealthSettings);
    expect(resolved).toBeGreaterThan(before);
    expect(both.score).toBeGreaterThan(resolved);
    expect(both.components.find((c) => c.key === 'usage')?.sentence).toBe('Usage steady against the 90-day baseline');
    expect(input.escalations[0]?.status).toBe('investigating');
  });
});

describe('health history', () => {
  it('recomputes the score as the records stood on each past day', () => {
    const history = healthHistory(input, today, defaultHealthSettings, 3, 14);
    expect(history.map((p) => p.date)).toEqual(['2026-10-25', '2026-11-08', '2026-11-22']);
    // Before the drop and the escalation the account was healthier than today.
    expect(history[0]?.score).toBeGreaterThan(history[2]?.score ?? 100);
    expect(history[2]?.score).toBe(scoreAccount(input, asOf, defaultHealthSettings).score);
  });
});

describe('worklist ranking', () => {
  it('ranks by ARR at risk × urgency and leaves out accounts with no alert', () => {
    const alert = (urgency: number) => ({ rule: 'detractor' as const, reason: 'r', urgency });
    expect(arrAtRisk(1000, 40)).toBe(600);
    expect(arrAtRisk(1000, null)).toBe(500);
    expect(urgencyOf([alert(2), alert(3), alert(1)])).toBeCloseTo(3.4);
    const ranked = rankWorklist([
      { accountId: 'big-healthy', arrMinor: 1_000_000, score: 90, alerts: [alert(2)] }, // 100,000 × 2
      { accountId: 'small-sick', arrMinor: 300_000, score: 20, alerts: [alert(3)] }, // 240,000 × 3
      { accountId: 'calm', arrMinor: 5_000_000, score: 10, alerts: [] },
    ]);
    expect(ranked.map((e) => e.accountId)).toEqual(['small-sick', 'big-healthy']);
  });
});
