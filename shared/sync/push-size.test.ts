import { describe, expect, it } from 'vitest';
import { maxBodyBytes } from './protocol';
import { jsonBytes, maxMutationBytes, mutationTooLarge, splitIntoPushes } from './push-size';

describe('push sizes', () => {
  it('counts UTF-8 bytes near the limit, not characters', () => {
    const text = 'é'.repeat(maxMutationBytes / 2);
    expect(jsonBytes(text)).toBe(maxMutationBytes + 2);
    expect(jsonBytes('abc')).toBe(5);
  });

  it('refuses a change too large to ever be pushed, naming its largest field', () => {
    expect(mutationTooLarge({ notes: 'x'.repeat(1000), title: 'A' })).toBeNull();
    const refused = mutationTooLarge({ notes: 'x'.repeat(maxBodyBytes), title: 'A' });
    expect(refused?.field).toBe('notes');
    expect(refused?.message).toMatch(/too large to sync \(1\.0 MB/);
  });

  it('splits a 1.2 MB outbox into bodies under 1 MiB, in order', () => {
    const entries = Array.from({ length: 30 }, (_, i) => ({ mutationId: i + 1, fields: { notes: { value: 'n'.repeat(40_000), base: 0 } } }));
    const pushes = splitIntoPushes(entries, 500);
    expect(pushes.length).toBe(2);
    expect(pushes.flat().map((e) => e.mutationId)).toEqual(entries.map((e) => e.mutationId));
    for (const push of pushes) expect(jsonBytes({ clientId: 'c0123456789abcde', mutations: push })).toBeLessThan(maxBodyBytes);
  });

  it('keeps the count limit and gives an oversized entry a body of its own', () => {
    expect(splitIntoPushes([1, 2, 3, 4, 5], 2, () => 10).map((p) => p.length)).toEqual([2, 2, 1]);
    expect(splitIntoPushes(['a', 'b'], 10, (e) => (e === 'a' ? maxBodyBytes * 2 : 10))).toEqual([['a'], ['b']]);
  });
});
