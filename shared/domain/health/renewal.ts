import { daysBetween } from '../calendar';
import type { AsOf, ComponentReading, HealthInput } from './types';

/**
 * Renewal proximity: 100 at 180 days or more to go, falling linearly to 40 on the renewal day;
 * 20 once the date has passed with no new date. Missing without a renewal date.
 */
export function renewalComponent(input: HealthInput, asOf: AsOf): ComponentReading {
  const date = input.account.renewalDate;
  if (!date) return { score: null, sentence: 'No renewal date set' };
  const days = daysBetween(asOf.today, date);
  if (days < 0) return { score: 20, sentence: `Renewal date passed ${-days} day${days === -1 ? '' : 's'} ago with no renewal recorded` };
  if (days >= 180) return { score: 100, sentence: `Renews in ${days} days` };
  return { score: 40 + (60 * days) / 180, sentence: days === 0 ? 'Renews today' : `Renews in ${days} day${days === 1 ? '' : 's'}` };
}
