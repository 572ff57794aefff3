import { strFromU8, strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { reviewsWithinDays, tripZip } from './trip';
import { testReview } from './test-bundle';

describe('a trip', () => {
  it('takes the planned reviews of the next N days, soonest first', () => {
    const reviews = [
      testReview({ id: 'late', scheduledAt: '2026-12-16T09:00:00.000Z' }),
      testReview({ id: 'soon', scheduledAt: '2026-12-02T09:00:00.000Z' }),
      testReview({ id: 'edge', scheduledAt: '2026-12-15T23:00:00.000Z' }),
      testReview({ id: 'held', scheduledAt: '2026-12-03T09:00:00.000Z', status: 'held' }),
      testReview({ id: 'past', scheduledAt: '2026-11-30T09:00:00.000Z' }),
    ];
    expect(reviewsWithinDays(reviews, '2026-12-01', 14).map((r) => r.id)).toEqual(['soon', 'edge']);
  });

  it('zips every pack, keeping two files of the same name apart', () => {
    const zip = tripZip([{ name: 'Acme.pdf', bytes: strToU8('one') }, { name: 'Acme.pdf', bytes: strToU8('two') }], new Date('2026-12-01T00:00:00Z'));
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['Acme.pdf', 'Acme (2).pdf']);
    expect(strFromU8(files['Acme (2).pdf']!)).toBe('two');
  });
});
