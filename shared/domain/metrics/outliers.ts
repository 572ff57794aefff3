// What needs attention in a report: repeat detractors, overdue customer updates, follow-ups past
// their first-contact target, and the accounts in the worst health.
import { isActiveEscalation, isCustomerUpdateOverdue } from '../escalation-rules';
import { addDays, localDateOf } from '../local-date';
import type { MetricsInput } from './figures';
import { keptOnTime } from './operations';
import type { Period } from './period';
import { repeatDetractors } from './satisfaction';

/** One line of the "needs attention" list. */
export type Outlier = { kind: 'repeat_detractor' | 'overdue_update' | 'overdue_follow_up' | 'low_health'; accountId: string; text: string };

/** A health score to rank by (the current scores; see docs/derived-data.md). */
export type ScoredAccount = { accountId: string; score: number | null };

/**
 * The accounts needing attention at `nowMs`: two or more NPS detractor answers in the last 180 days,
 * escalations whose customer update is overdue, follow-ups past their target uncontacted, and the five
 * lowest health scores under 50.
 */
export function reportOutliers(input: MetricsInput, scores: readonly ScoredAccount[], nowMs: number, zone: string): Outlier[] {
  const names = new Map(input.accounts.map((a) => [a.id, a.name]));
  const name = (id: string) => names.get(id) ?? 'Unknown account';
  const since = addDays(localDateOf(nowMs, zone), -180);
  const out: Outlier[] = [];
  for (const r of repeatDetractors(input.responses.filter((a) => localDateOf(a.respondedAt, zone) >= since))) {
    out.push({ kind: 'repeat_detractor', accountId: r.accountId, text: `${name(r.accountId)}: ${r.count} detractor answers in 180 days` });
  }
  for (const e of input.escalations) {
    if (e.deleted || !isActiveEscalation(e) || !isCustomerUpdateOverdue(e, input.escalationEvents, nowMs)) continue;
    out.push({ kind: 'overdue_update', accountId: e.accountId, text: `${name(e.accountId)}: customer update overdue on a ${e.severity} escalation` });
  }
  for (const f of input.followUps) {
    if (f.deleted || f.stage === 'closed' || f.firstContactAt !== null || Date.parse(f.dueAt) >= nowMs) continue;
    out.push({ kind: 'overdue_follow_up', accountId: f.accountId, text: `${name(f.accountId)}: no first contact after an unhappy answer (target passed)` });
  }
  const live = new Set(input.accounts.filter((a) => !a.deleted && a.lifecycleStage !== 'churned').map((a) => a.id));
  const low = scores.filter((s) => s.score !== null && s.score < 50 && live.has(s.accountId)).sort((a, b) => (a.score ?? 0) - (b.score ?? 0)).slice(0, 5);
  for (const s of low) out.push({ kind: 'low_health', accountId: s.accountId, text: `${name(s.accountId)}: health ${s.score ?? '—'}` });
  return out;
}

/** Commitments kept on time per person (the commitment's owner) over the period, people with finished commitments only. */
export function keptOnTimeByOwner(input: Pick<MetricsInput, 'commitments'>, period: Period, zone: string): { ownerId: string; finished: number; onTime: number; rate: number | null }[] {
  const owners = new Set(input.commitments.flatMap((c) => (c.ownerId ? [c.ownerId] : [])));
  return [...owners]
    .map((ownerId) => ({ ownerId, ...keptOnTime(input.commitments.filter((c) => c.ownerId === ownerId), period, zone) }))
    .filter((r) => r.finished > 0)
    .sort((a, b) => (b.rate ?? 0) - (a.rate ?? 0) || a.ownerId.localeCompare(b.ownerId));
}
