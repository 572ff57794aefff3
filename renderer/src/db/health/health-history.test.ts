import { describe, expect, it } from 'vitest';
import { asItStood } from '../../../../shared/domain/health/history';
import { scoreAccount } from '../../../../shared/domain/health/score';
import { testInput, weeklyUsage } from '../../../../shared/domain/health/test-input';
import { defaultHealthSettings } from '../../../../shared/domain/health/weights';
import { createHealthHistory, historyByAccount, type HealthHistoryReply } from './health-history';

const today = '2026-11-22';
const dates = ['2026-09-30', '2026-10-31', today];
const request = (requestId = 1) => ({ type: 'history' as const, requestId, dates, settings: defaultHealthSettings });
// Usage fell by half over the last month: the score on 22 November is lower than on 30 September.
const falling = testInput({ usage: weeklyUsage(today, [50, 50, 60, 80, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100]) });
const empty = testInput({}, { id: 'a2', name: 'Empty' });

function run(history: ReturnType<typeof createHealthHistory>, inputs: Parameters<ReturnType<typeof createHealthHistory>['compute']>[1], requestId = 1) {
  const replies: HealthHistoryReply[] = [];
  history.compute(request(requestId), inputs, (r) => replies.push(r));
  const last = replies.at(-1);
  if (last?.type !== 'history') throw new Error('no answer');
  return { replies, scores: historyByAccount(last) };
}

describe('health history in the worker', () => {
  it('scores each account as its records stood on each day; no score reads as null', () => {
    const { scores } = run(createHealthHistory(), [falling, empty]);
    const expected = dates.map((d) => scoreAccount(asItStood(falling, d), { today: d }, defaultHealthSettings).score);
    expect(scores.get('a1')).toEqual(expected);
    expect(expected[2]).toBeLessThan(expected[0] ?? 0);
    expect(scores.get('a2')).toEqual([null, null, null]);
  });

  it('answers from its cache until the account is forgotten, and recomputes under new settings', () => {
    const history = createHealthHistory();
    const before = run(history, [falling]).scores.get('a1');
    const recovered = { ...falling, usage: weeklyUsage(today, Array.from({ length: 18 }, () => 100)) };
    expect(run(history, [recovered], 2).scores.get('a1')).toEqual(before);
    history.forget(['a1']);
    const after = run(history, [recovered], 3).scores.get('a1');
    expect(after?.[2]).toBeGreaterThan(before?.[2] ?? 100);
    const strict = { ...defaultHealthSettings, weights: { ...defaultHealthSettings.weights, mid_market: { ...defaultHealthSettings.weights.mid_market, usage: 0 } } };
    const replies: HealthHistoryReply[] = [];
    history.compute({ ...request(4), settings: strict }, [falling], (r) => replies.push(r));
    const last = replies.at(-1);
    expect(last?.type === 'history' ? historyByAccount(last).get('a1') : null).not.toEqual(before);
  });

  it('reports progress on a large portfolio and leaves deleted accounts out', () => {
    const many = Array.from({ length: 600 }, (_, i) => testInput({}, { id: `a${i}`, deleted: i === 0 }));
    const { replies, scores } = run(createHealthHistory(), many);
    expect(replies.filter((r) => r.type === 'history-progress').map((r) => (r.type === 'history-progress' ? [r.done, r.total] : null))).toEqual([[250, 599], [500, 599]]);
    expect(scores.size).toBe(599);
    expect(scores.has('a0')).toBe(false);
  });
});
