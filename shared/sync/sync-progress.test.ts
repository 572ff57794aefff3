import { describe, expect, it } from 'vitest';
import { syncFraction } from './sync-progress';

describe('sync progress', () => {
  it('counts pushed edits against those waiting', () => {
    expect(syncFraction({ phase: 'pushing', done: 200, total: 800 }, null)).toBe(0.25);
    expect(syncFraction({ phase: 'pushing', done: 0 }, null)).toBeNull();
  });

  it('measures a pull by the versions received against the team\u2019s version', () => {
    expect(syncFraction({ phase: 'pulling', done: 2000, reachedVersion: 31_000 }, 310_000)).toBeCloseTo(0.1);
    expect(syncFraction({ phase: 'pulling', done: 2000, reachedVersion: 320_000 }, 310_000)).toBe(1);
  });

  it('cannot tell without the team\u2019s version', () => {
    expect(syncFraction({ phase: 'pulling', done: 2000, reachedVersion: 31_000 }, null)).toBeNull();
    expect(syncFraction({ phase: 'pulling', done: 2000 }, 310_000)).toBeNull();
  });
});
