import { newRecordFields } from '../record-defaults';
import type { Review } from '../review';
import type { ReviewBundle } from './review-bundle';

/** A hand-made account bundle for tests: Northwind, renewing on 2027-03-01, with nothing else unless given. */
export function testBundle(over: Partial<ReviewBundle> = {}): ReviewBundle {
  const now = '2026-12-01T10:00:00.000Z';
  return {
    account: { id: 'acc-1', ...newRecordFields('accounts', { name: 'Northwind Traders', arrMinor: 12_000_000, currency: 'USD', renewalDate: '2027-03-01', ownerId: 'm-1', segment: 'enterprise' }, now) },
    contacts: [], touches: [], tickets: [], surveyResponses: [], commitments: [], escalations: [], escalationEvents: [], reviews: [], usagePoints: [], expansions: [],
    memberNames: { 'm-1': 'Dana Reyes', 'm-2': 'Sam Ortiz' },
    health: null,
    ...over,
  };
}

/** A planned review of the test account. */
export function testReview(over: Partial<Review> = {}): Review {
  return { id: 'rev-1', ...newRecordFields('reviews', { accountId: 'acc-1', kind: 'qbr', title: 'Q4 business review', scheduledAt: '2026-12-10T14:00:00.000Z' }, '2026-12-01T10:00:00.000Z'), ...over };
}
