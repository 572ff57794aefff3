import { describe, expect, it } from 'vitest';
import type { User } from '../../../shared/sync/protocol';
import { SessionCache } from './session-cache';

const ana: User = { id: 'u-ana', email: 'ana@example.com', name: 'Ana', teamId: 't1', role: 'member' };
const ben: User = { ...ana, id: 'u-ben', email: 'ben@example.com', name: 'Ben' };
const at = (s: number) => new Date(Date.UTC(2026, 10, 28, 12, 0, s));
const farAway = new Date(Date.UTC(2027, 0, 1));

describe('SessionCache', () => {
  it('answers for a token seen less than its lifetime ago, and not after', () => {
    const cache = new SessionCache(5_000);
    cache.set('tok-a', ana, farAway, at(0));
    expect(cache.get('tok-a', at(4))?.id).toBe('u-ana');
    expect(cache.get('tok-a', at(5))).toBeUndefined();
    expect(cache.get('tok-unknown', at(1))).toBeUndefined();
  });

  it('never outlives the session itself', () => {
    const cache = new SessionCache(5_000);
    cache.set('tok-a', ana, at(2), at(0));
    expect(cache.get('tok-a', at(1))?.id).toBe('u-ana');
    expect(cache.get('tok-a', at(2))).toBeUndefined();
  });

  it('forgets a token after a logout and every token of a changed user, leaving others', () => {
    const cache = new SessionCache(5_000);
    cache.set('tok-a1', ana, farAway, at(0));
    cache.set('tok-a2', ana, farAway, at(0));
    cache.set('tok-b', ben, farAway, at(0));
    cache.forgetToken('tok-a1');
    expect(cache.get('tok-a1', at(1))).toBeUndefined();
    expect(cache.get('tok-a2', at(1))?.id).toBe('u-ana');
    cache.forgetUser('u-ana');
    expect(cache.get('tok-a2', at(1))).toBeUndefined();
    expect(cache.get('tok-b', at(1))?.id).toBe('u-ben');
  });

  it('keeps at most its size, dropping the oldest entry, and remembers nothing with a lifetime of 0', () => {
    const cache = new SessionCache(5_000, 2);
    cache.set('t1', ana, farAway, at(0));
    cache.set('t2', ana, farAway, at(0));
    cache.set('t3', ben, farAway, at(0));
    expect(cache.get('t1', at(1))).toBeUndefined();
    expect(cache.get('t3', at(1))?.id).toBe('u-ben');
    const off = new SessionCache(0);
    off.set('t1', ana, farAway, at(0));
    expect(off.get('t1', at(0))).toBeUndefined();
  });
});
