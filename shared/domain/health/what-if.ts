import { isActiveEscalation } from '../escalation-rules';
import { overdueOfOurs } from './commitments';
import { addDays } from '../local-date';
import type { AsOf, HealthInput } from './types';
import { usageTrend } from './usage-trend';

/** A change to imagine: resolve one open escalation, bring usage back to its baseline, or deliver our overdue commitments. */
export type WhatIf = { kind: 'resolve_escalation'; escalationId: string } | { kind: 'usage_to_baseline' } | { kind: 'deliver_commitments' };

/** A what-if the account offers, with its label in words. */
export type WhatIfOption = { id: string; label: string; whatIf: WhatIf };

/** The what-ifs that would change something for this account: each open escalation, usage below baseline, overdue commitments. */
export function whatIfOptions(input: HealthInput, asOf: AsOf): WhatIfOption[] {
  const out: WhatIfOption[] = [];
  const open = input.escalations.filter(isActiveEscalation).sort((a, b) => a.severity.localeCompare(b.severity));
  for (const e of open) out.push({ id: `resolve:${e.id}`, label: `Resolve the ${e.severity} escalation "${e.title}"`, whatIf: { kind: 'resolve_escalation', escalationId: e.id } });
  const trend = usageTrend(input.usage, asOf);
  if (trend && trend.change < -0.05) out.push({ id: 'usage', label: 'Usage back to baseline', whatIf: { kind: 'usage_to_baseline' } });
  if (overdueOfOurs(input, asOf).length > 0) out.push({ id: 'commitments', label: 'Deliver our overdue commitments', whatIf: { kind: 'deliver_commitments' } });
  return out;
}

/** The account's data as if the what-ifs had happened (a new object; the input is not changed). */
export function applyWhatIfs(input: HealthInput, whatIfs: readonly WhatIf[], asOf: AsOf): HealthInput {
  let next = input;
  for (const w of whatIfs) {
    if (w.kind === 'resolve_escalation') {
      next = { ...next, escalations: next.escalations.map((e) => (e.id === w.escalationId ? { ...e, status: 'resolved' as const, resolvedAt: `${asOf.today}T00:00:00.000Z` } : e)) };
    } else if (w.kind === 'deliver_commitments') {
      const overdue = new Set(overdueOfOurs(next, asOf).map((c) => c.id));
      next = { ...next, commitments: next.commitments.map((c) => (overdue.has(c.id) ? { ...c, status: 'kept' as const } : c)) };
    } else {
      const trend = usageTrend(next.usage, asOf);
      if (!trend) continue;
      const recentFrom = addDays(asOf.today, -29);
      next = { ...next, usage: next.usage.map((p) => (p.metric === trend.metric && p.date >= recentFrom && p.date <= asOf.today ? { ...p, value: trend.baseline } : p)) };
    }
  }
  return next;
}
