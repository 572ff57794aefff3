import { isActiveEscalation } from '../escalation-rules';
import type { Severity } from '../escalation';
import { clampScore, daysAgo } from './dates';
import type { AsOf, ComponentReading, HealthInput } from './types';

/** Points an open escalation takes off, by severity, before ageing. */
export const escalationPenalty: Record<Severity, number> = { S1: 60, S2: 35, S3: 15, S4: 5 };

/** An open escalation's penalty: its severity's points, growing by up to double over its first 30 days open. */
export function escalationCost(e: Pick<HealthInput['escalations'][number], 'severity' | 'openedAt'>, asOf: AsOf): number {
  const age = Math.max(0, Math.min(30, daysAgo(asOf.today, e.openedAt)));
  return escalationPenalty[e.severity] * (1 + age / 30);
}

/** Open escalations component: 100 less each open escalation's cost. Always known: the app holds every escalation. */
export function escalationsComponent(input: HealthInput, asOf: AsOf): ComponentReading {
  const open = input.escalations.filter((e) => isActiveEscalation(e) && daysAgo(asOf.today, e.openedAt) >= 0);
  if (open.length === 0) return { score: 100, sentence: 'No open escalations' };
  const cost = open.reduce((sum, e) => sum + escalationCost(e, asOf), 0);
  const worst = [...open].sort((a, b) => a.severity.localeCompare(b.severity) || a.openedAt.localeCompare(b.openedAt))[0];
  const age = worst ? daysAgo(asOf.today, worst.openedAt) : 0;
  const more = open.length > 1 ? ` (+${open.length - 1} more)` : '';
  return { score: clampScore(100 - cost), sentence: `Open ${worst?.severity ?? ''} escalation for ${age} day${age === 1 ? '' : 's'}${more}` };
}
