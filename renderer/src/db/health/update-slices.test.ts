import { describe, expect, it } from 'vitest';
import type { AccountHealth } from './health-summary';
import { createReplyGatherer, updateReplies } from './update-slices';

const summary = (i: number): AccountHealth => ({ accountId: `a${i}`, name: `A${i}`, arrMinor: i, currency: 'USD', deleted: false, score: 50, band: 'watch', drivers: [], alerts: [] });

describe('health updates in slices', () => {
  it('cuts 1,201 summaries into three replies, the last one saying no more, and gathers them back whole', () => {
    const update = { full: true, results: Array.from({ length: 1201 }, (_, i) => summary(i)), removed: ['gone'] };
    const replies = updateReplies(update, 500);
    expect(replies.map((r) => (r.type === 'update' ? [r.results.length, r.more, r.removed.length] : null))).toEqual([[500, true, 1], [500, true, 0], [201, false, 0]]);
    const gatherer = createReplyGatherer();
    const gathered = replies.map((r) => (r.type === 'update' ? gatherer.add(r) : null));
    expect(gathered.slice(0, 2)).toEqual([null, null]);
    expect(gathered[2]).toEqual(update);
  });

  it('sends an update without results (only removals) as one reply', () => {
    expect(updateReplies({ full: false, results: [], removed: ['x'] })).toEqual([{ type: 'update', full: false, results: [], removed: ['x'], more: false }]);
  });

  it('forgets a half-received update after a failure', () => {
    const gatherer = createReplyGatherer();
    const [first] = updateReplies({ full: true, results: [summary(1), summary(2)], removed: [] }, 1);
    if (first?.type === 'update') gatherer.add(first);
    gatherer.reset();
    expect(gatherer.add({ type: 'update', full: false, results: [summary(3)], removed: [], more: false })?.results.map((r) => r.accountId)).toEqual(['a3']);
  });
});
