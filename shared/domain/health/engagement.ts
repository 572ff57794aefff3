import { daysAgo, linearDown } from './dates';
import type { AsOf, ComponentReading, HealthInput } from './types';

const twoWay = new Set(['call', 'meeting', 'email']);
const keyRoles = new Set(['decision_maker', 'champion']);

/** Days since the last two-way touch (call, meeting, email) with a decision maker or champion; null when there was none. */
export function daysSinceKeyTouch(input: HealthInput, asOf: AsOf): number | null {
  const key = new Set(input.contacts.filter((c) => !c.deleted && keyRoles.has(c.role)).map((c) => c.id));
  let latest: string | null = null;
  for (const t of input.touches) {
    if (t.deleted || !twoWay.has(t.kind) || t.contactId === null || !key.has(t.contactId)) continue;
    if (daysAgo(asOf.today, t.at) < 0) continue;
    if (latest === null || t.at > latest) latest = t.at;
  }
  return latest === null ? null : daysAgo(asOf.today, latest);
}

/**
 * Engagement recency: 100 within 14 days of the last two-way touch with a decision maker or
 * champion, 0 at 90 days or more. Never touched them: 0 when other touches exist, missing when nothing was logged.
 */
export function engagementComponent(input: HealthInput, asOf: AsOf): ComponentReading {
  const days = daysSinceKeyTouch(input, asOf);
  if (days === null) {
    if (!input.touches.some((t) => !t.deleted)) return { score: null, sentence: 'No touches logged' };
    return { score: 0, sentence: 'No two-way touch with a decision maker or champion on record' };
  }
  const when = days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`;
  return { score: linearDown(days, 14, 90), sentence: `Last spoke with a decision maker or champion ${when}` };
}
