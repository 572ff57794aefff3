import { describe, expect, it } from 'vitest';
import { nextPullLimit, pageLimits, sliceByFields } from './pull-slices';
import type { RecordChange } from './protocol';

/** A pulled change with `n` fields. */
function change(id: string, n: number): RecordChange {
  const fields: RecordChange['fields'] = {};
  for (let i = 0; i < n; i += 1) fields[`f${i}`] = { value: i, version: 1, hlc: 'h' };
  return { entity: 'accounts', id, space: 'team', fields };
}

describe('slicing a pulled page by fields', () => {
  it('puts fewer large records than small ones in a slice, keeping every change once and in order', () => {
    const small = Array.from({ length: 10 }, (_, i) => change(`s${i}`, 2));
    const large = Array.from({ length: 10 }, (_, i) => change(`l${i}`, 5));
    const slices = sliceByFields([...small, ...large], 10);
    expect(slices.map((s) => s.map((c) => c.id).join(','))).toEqual([
      's0,s1,s2,s3,s4', 's5,s6,s7,s8,s9', 'l0,l1', 'l2,l3', 'l4,l5', 'l6,l7', 'l8,l9',
    ]);
  });

  it('gives a change larger than the budget a slice of its own, and an empty page no slice', () => {
    expect(sliceByFields([change('a', 1), change('big', 50), change('b', 1)], 10).map((s) => s.map((c) => c.id))).toEqual([['a'], ['big'], ['b']]);
    expect(sliceByFields([], 10)).toEqual([]);
  });
});

describe('the next pull page size', () => {
  it('asks for fewer records after a page of many-field records, within the limits', () => {
    expect(nextPullLimit(Array.from({ length: 4 }, (_, i) => change(`a${i}`, 20)), 18_000)).toBe(900);
    expect(nextPullLimit(Array.from({ length: 4 }, (_, i) => change(`t${i}`, 9)), 18_000)).toBe(pageLimits.most);
    expect(nextPullLimit([change('huge', 400)], 18_000)).toBe(pageLimits.least);
    expect(nextPullLimit([])).toBe(pageLimits.most);
  });
});
