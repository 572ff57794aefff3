import { addDays } from '../local-date';
import { scoreAccount } from './score';
import type { HealthInput } from './types';
import type { HealthSettings } from './weights';

/** One point of an account's health history. */
export type HealthPoint = { date: string; score: number | null };

/**
 * An account's score on each of `count` days `stepDays` apart, ending `today`, oldest first —
 * recomputed from the records as they stood (back-filled from imported history; nothing stored).
 */
export function healthHistory(input: HealthInput, today: string, settings: HealthSettings, count = 26, stepDays = 7): HealthPoint[] {
  const out: HealthPoint[] = [];
  for (let i = count - 1; i >= 0; i -= 1) {
    const date = addDays(today, -i * stepDays);
    out.push({ date, score: scoreAccount(asItStood(input, date), { today: date }, settings).score });
  }
  return out;
}

/**
 * The account's records as they stood at the end of `date`: later records left out; escalations
 * resolved later counted open. Edits of a record's fields have no history and read as today's values.
 */
export function asItStood(input: HealthInput, date: string): HealthInput {
  const by = (iso: string) => iso.slice(0, 10) <= date;
  return {
    ...input,
    usage: input.usage.filter((p) => by(p.date)),
    tickets: input.tickets.filter((t) => by(t.openedAt)),
    surveys: input.surveys.filter((s) => by(s.respondedAt)),
    touches: input.touches.filter((t) => by(t.at)),
    escalations: input.escalations.filter((e) => by(e.openedAt)).map((e) => (e.resolvedAt && !by(e.resolvedAt) ? { ...e, status: 'open' as const, resolvedAt: null } : e)),
    escalationEvents: input.escalationEvents.filter((v) => by(v.at)),
    reviews: input.reviews.filter((r) => by(r.scheduledAt)),
  };
}
