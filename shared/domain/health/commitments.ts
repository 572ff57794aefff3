import { clampScore, daysAgo } from './dates';
import type { AsOf, ComponentReading, HealthInput } from './types';

/** Our open (or renegotiated) commitments whose due date is before `today`, oldest first. */
export function overdueOfOurs(input: HealthInput, asOf: AsOf): HealthInput['commitments'] {
  return input.commitments
    .filter((c) => !c.deleted && c.owedBy === 'us' && (c.status === 'open' || c.status === 'renegotiated') && c.dueDate < asOf.today)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}

/** Our overdue commitments: 100 less 25 points per overdue one and 1 more per day overdue (up to 25 more each). */
export function commitmentsComponent(input: HealthInput, asOf: AsOf): ComponentReading {
  const overdue = overdueOfOurs(input, asOf);
  if (overdue.length === 0) return { score: 100, sentence: 'None of our commitments overdue' };
  const cost = overdue.reduce((sum, c) => sum + 25 + Math.min(25, daysAgo(asOf.today, c.dueDate)), 0);
  const oldest = daysAgo(asOf.today, overdue[0]?.dueDate ?? asOf.today);
  return {
    score: clampScore(100 - cost),
    sentence: `${overdue.length} of our commitments overdue (oldest by ${oldest} day${oldest === 1 ? '' : 's'})`,
  };
}
