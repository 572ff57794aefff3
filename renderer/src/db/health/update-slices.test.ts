import { describe, expect, it } from 'vitest';
import type { AccountHealth } from './health-summary';
import { createReplyGatherer, updateReplies } from './update-slices';

const summary = (i: number): AccountHealth => ({ accountId: `a${i}`, name: `A${i}`, arrMinor: i, currency: 'USD', deleted: false, score: 50, band: 'watch', drivers: [], alerts: [] });

describe('health updates in slices', () => {
  it('cuts 1,201 summaries into three replies, the last one saying no more, and gathers them back whole', () => {
    const update = { full: true, results: Array.from({ length: 1201 }, (_, i) => summary(i)), removed: ['gone'] };
    const replies = updateReplies(update, 500);
    expect(replies.map((r) => (r.type === 'update' ? [r.results.length, r.more, r.removed.length] : null))).toEqual([[500, true, 1], [500, true, 0], [201, false, 0]]);
    const before = new Map([['gone', summary(9999)]]);
    const gatherer = createReplyGatherer(() => before);
    const gathered = replies.map((r) => (r.type === 'update' ? gatherer.add(r) : null));
    expect(gathered.slice(0, 2)).toEqual([null, null]);
    expect(gathered[2]?.full).toBe(true);
    expect([...(gathered[2]?.byAccount.values() ?? [])]).toEqual(update.results);
  });

  it('builds a partial update on the scores as they stood, replacing the re-scored and dropping the removed', () => {
    const before = new Map([summary(1), summary(2), summary(3)].map((h) => [h.accountId, h] as const));
    const rescored = { ...summary(2), score: 10, band: 'at_risk' as const };
    const gatherer = createReplyGatherer(() => before);
    const replies = updateReplies({ full: false, results: [rescored, summary(4)], removed: ['a3'] }, 1);
    const gathered = replies.map((r) => (r.type === 'update' ? gatherer.add(r) : null));
    const after = gathered[1]?.byAccount;
    expect(gathered[0]).toBeNull();
    expect(gathered[1]?.full).toBe(false);
    expect([...(after?.keys() ?? [])]).toEqual(['a1', 'a2', 'a4']);
    expect(after?.get('a1')).toBe(before.get('a1'));
    expect(after?.get('a2')?.score).toBe(10);
    // The map the window showed is left as it was: the store changes by replacing it.
    expect(before.size).toBe(3);
    expect(before.get('a2')?.score).toBe(50);
  });

  it('sends an update without results (only removals) as one reply', () => {
    expect(updateReplies({ full: false, results: [], removed: ['x'] })).toEqual([{ type: 'update', full: false, results: [], removed: ['x'], more: false }]);
  });

  it('forgets a half-received update after a failure', () => {
    const gatherer = createReplyGatherer(() => new Map());
    const [first] = updateReplies({ full: true, results: [summary(1), summary(2)], removed: [] }, 1);
    if (first?.type === 'update') gatherer.add(first);
    gatherer.reset();
    expect([...(gatherer.add({ type: 'update', full: false, results: [summary(3)], removed: [], more: false })?.byAccount.keys() ?? [])]).toEqual(['a3']);
  });
});
