import type { HealthInput } from './types';

/** A test account with no records at all (mid-market, no renewal date); pass fields to add data. */
export function testInput(overrides: Partial<HealthInput> = {}, account: Partial<HealthInput['account']> = {}): HealthInput {
  return {
    account: { id: 'a1', name: 'Acme', segment: 'mid_market', arrMinor: 100_000_00, currency: 'USD', renewalDate: null, lifecycleStage: 'mature', deleted: false, ...account },
    usage: [], tickets: [], surveys: [], touches: [], contacts: [], escalations: [], escalationEvents: [], commitments: [], reviews: [],
    ...overrides,
  };
}

/** Weekly usage of one metric: `values[0]` is `today`, each next one a week earlier. */
export function weeklyUsage(today: string, values: number[], metric = 'weekly_active_users'): HealthInput['usage'] {
  return values.map((value, i) => ({ date: new Date(Date.parse(`${today}T00:00:00Z`) - i * 7 * 86_400_000).toISOString().slice(0, 10), metric, value, deleted: false }));
}
