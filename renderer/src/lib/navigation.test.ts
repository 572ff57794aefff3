import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute } from './navigation';

describe('routes in the location hash', () => {
  it('round-trips sections and records', () => {
    for (const route of [{ section: 'accounts' as const, recordId: 'acc 1/é' }, { section: 'settings' as const }]) {
      expect(parseRoute(formatRoute(route))).toEqual(route);
    }
  });
  it('falls back to Today for unknown or empty hashes', () => {
    expect(parseRoute('')).toEqual({ section: 'today' });
    expect(parseRoute('#/nowhere')).toEqual({ section: 'today' });
  });
});
